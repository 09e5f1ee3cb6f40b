package org.mavedb.registry.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "users")
public class User extends PanacheEntityBase {

    /** Name of the built-in user that the configured admin API key acts as (created by V1). */
    public static final String ADMIN_USERNAME = "admin";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "is_admin")
    public boolean admin;

    @Column(name = "creation_date", insertable = false, updatable = false)
    public Instant creationDate;
}
