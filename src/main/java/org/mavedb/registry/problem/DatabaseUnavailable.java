package org.mavedb.registry.problem;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises failures that mean "the database cannot serve this right now" (it is down or
 * restarting, the connection broke, the pool is exhausted, a statement ran into its timeout) and
 * turns them into 503 + Retry-After: a client should retry (with the same Idempotency-Key), not
 * treat it as a bug. The transaction was rolled back, so nothing of the request remains.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATEs of a database that is shutting down, starting, overloaded, cancelled a statement, or
     * made a request wait longer than its lock timeout (a keyed write's bound, see the idempotency claim).
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014", "55P03");
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** What Agroal says when no pooled connection became free within the acquisition timeout. */
    private static final String POOL_EXHAUSTED = "acquisition timeout";
    static final String RETRY_AFTER_SECONDS = "2";

    private DatabaseUnavailable() {
    }

    public static Optional<ProblemException> problemFor(Throwable failure) {
        List<Throwable> causes = Causes.of(failure);
        boolean atCommit = causes.stream().anyMatch(cause -> cause instanceof RollbackException);
        for (Throwable cause : causes) {
            if (cause instanceof SQLException sql && isTransient(sql)) {
                return Optional.of(unavailable(reason(sql), atCommit));
            }
            if (cause instanceof java.net.ConnectException) {
                return Optional.of(unavailable("the database is unreachable", atCommit));
            }
        }
        return Optional.empty();
    }

    /**
     * A connection lost while committing leaves the outcome unknown to us, so the detail says so
     * instead of promising that nothing changed; the Idempotency-Key makes the retry safe either way.
     */
    private static ProblemException unavailable(String reason, boolean atCommit) {
        String outcome = atCommit
                ? "the connection broke while committing, so this write may or may not have taken effect. "
                        + "Retry it with the same Idempotency-Key: a write that did take effect is then replayed, not repeated."
                : "nothing was changed. Retry after a moment, with the same Idempotency-Key for a write.";
        return new ProblemException(503, "service-unavailable", "Service Unavailable",
                "The database cannot serve this request right now (" + reason + "); " + outcome,
                null, Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }

    private static boolean isTransient(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            return state.startsWith(CONNECTION_EXCEPTION_CLASS) || TRANSIENT_STATES.contains(state);
        }
        return sql.getMessage() != null && sql.getMessage().contains(POOL_EXHAUSTED);
    }

    private static String reason(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return "all database connections are busy";
        }
        return switch (state) {
            case "57014" -> "a statement ran into its timeout";
            case "53300" -> "too many connections";
            case "55P03" -> "a lock was held longer than this request may wait";
            default -> "the database is unreachable or restarting";
        };
    }
}
