package org.mavedb.registry.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the transactional outbox. */
@Entity
@Table(name = "events")
public class Event extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The {@link EventType#wireName()}; kept as text so the check constraint reads like the API. */
    public String type;

    @Column(name = "resource_urn")
    public String resourceUrn;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> payload;
}
