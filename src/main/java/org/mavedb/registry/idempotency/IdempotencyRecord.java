package org.mavedb.registry.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The recorded outcome of a successful request made with an idempotency key. A row is only ever
 * committed together with the change it describes, and always with its response.
 */
@Entity
@Table(name = "idempotency_records")
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public long userId;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** Hex SHA-256 of method, path and body: a different request under the same key is a 422. */
    @Column(name = "request_fingerprint", length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    public String requestFingerprint;

    @Column(name = "response_status")
    public Integer responseStatus;

    /** The response body, AES-GCM encrypted under a key derived from the idempotency key. */
    @Column(name = "response_body")
    public byte[] responseBody;

    @Column(name = "response_location")
    public String responseLocation;

    @Column(name = "response_etag")
    public String responseETag;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
