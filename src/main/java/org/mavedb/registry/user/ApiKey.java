package org.mavedb.registry.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "api_keys")
@NamedQuery(name = ApiKey.OWNER_BY_HASH, query = "select k.user from ApiKey k where k.keyHash = :hash")
public class ApiKey extends PanacheEntityBase {

    public static final String OWNER_BY_HASH = "ApiKey.ownerByHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    /** Hex SHA-256 of the key; the key itself is never stored. */
    @Column(name = "key_hash", length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    public String keyHash;
}
