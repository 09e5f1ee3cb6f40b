package org.mavedb.registry.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.mavedb.registry.problem.ProblemException;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepository<IdempotencyRecord> {

    /** The unique index on (caller, key): the structural guarantee of one outcome per key. */
    static final String CALLER_KEY_CONSTRAINT = "idempotency_records_user_key";

    /**
     * The set_config in FROM runs before the row is inserted, so the wait on a concurrent holder of
     * the key is already bounded. An expired row (not purged yet) is taken over; a live one is left
     * as it is and nothing is returned.
     */
    private static final String CLAIM = """
            insert into idempotency_records (user_id, idempotency_key, request_fingerprint, created_at, expires_at)
            select :user, :key, :fingerprint, now(), now() + make_interval(secs => :retention)
              from (select set_config('lock_timeout', :wait, true)) as bounded_wait
            on conflict on constraint idempotency_records_user_key do update
               set request_fingerprint = excluded.request_fingerprint, created_at = excluded.created_at,
                   expires_at = excluded.expires_at, response_status = null, response_body = null,
                   response_location = null, response_etag = null
             where idempotency_records.expires_at <= now()
            returning id
            """;
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /** The committed, unexpired outcome recorded under this caller's key, if any. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<IdempotencyRecord> findLive(long userId, String key) {
        return find("userId = ?1 and idempotencyKey = ?2 and expiresAt > ?3", userId, key, Instant.now())
                .firstResultOptional();
    }

    /**
     * Claims the key inside the caller's transaction, in one statement: it bounds how long this
     * transaction waits for locks ({@code lock_timeout}, set before the insert runs, for the rest of
     * the transaction) and inserts the key's row, arbitrated by {@link #CALLER_KEY_CONSTRAINT}. While
     * another transaction holds the key, the insert waits on that unique index; if the holder commits,
     * the live row wins and nothing is returned ({@link KeyTaken}: replay it); if it rolls back, or the
     * existing row has expired, the row is ours. Returns the row's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long claim(long userId, String key, String fingerprint, Duration retention, Duration maxWait) {
        try {
            // Untyped: a native query typed Long.class gets no cached plan in Hibernate 7.2 (see query.Pager).
            return ((List<?>) getSession().createNativeQuery(CLAIM)
                    .setParameter("wait", Math.max(1, maxWait.toMillis()) + "ms")
                    .setParameter("user", userId)
                    .setParameter("key", key)
                    .setParameter("fingerprint", fingerprint)
                    .setParameter("retention", (double) retention.toSeconds())
                    .getResultList()).stream().findFirst().map(id -> ((Number) id).longValue()).orElseThrow(KeyTaken::new);
        } catch (KeyTaken taken) {
            throw taken;
        } catch (RuntimeException e) {
            throw classify(e, maxWait);
        }
    }

    /** Stores the successful outcome on the claimed row; it commits with the change it describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long id, String fingerprint, int status, byte[] sealedBody, String location, String etag) {
        getSession().createNativeMutationQuery("""
                        update idempotency_records set request_fingerprint = :fingerprint, response_status = :status,
                               response_body = :body, response_location = :location, response_etag = :etag
                         where id = :id""")
                .setParameter("fingerprint", fingerprint)
                .setParameter("status", status)
                .setParameter("body", sealedBody, org.hibernate.type.StandardBasicTypes.BINARY)
                .setParameter("location", location, org.hibernate.type.StandardBasicTypes.STRING)
                .setParameter("etag", etag, org.hibernate.type.StandardBasicTypes.STRING)
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * A unique violation of {@link #CALLER_KEY_CONSTRAINT} (by name: any other constraint keeps its
     * own meaning) means the key was taken (the ON CONFLICT clause normally absorbs it; this is the
     * backstop should the row arrive by another path); a lock timeout (SQLSTATE 55P03) means the request holding
     * it is still running after {@code maxWait}.
     */
    private static RuntimeException classify(RuntimeException failure, Duration maxWait) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && CALLER_KEY_CONSTRAINT.equals(violation.getConstraintName())) {
                return new KeyTaken();
            }
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return stillRunning(maxWait);
            }
        }
        return failure;
    }

    static ProblemException stillRunning(Duration maxWait) {
        return new ProblemException(409, "idempotency-key-in-use", "Request in progress",
                "A request with this Idempotency-Key is still being processed after " + maxWait.toSeconds()
                        + " s; retry later to get its outcome", null, Map.of("Retry-After", "1"));
    }

    /** Deletes up to {@code batchSize} expired records; returns how many. */
    @Transactional
    public int purgeExpired(int batchSize) {
        return getSession().createNativeMutationQuery("""
                        delete from idempotency_records where id in (
                            select id from idempotency_records where expires_at <= now()
                             order by expires_at limit :batch for update skip locked)
                        """)
                .setParameter("batch", batchSize).executeUpdate();
    }

    /** Another request with this caller's key committed while this one waited for it. */
    static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super(null, null, false, false);
        }
    }
}
