package org.mavedb.registry.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.problem.DatabaseUnavailable;

/**
 * The classifier on the shapes the stack really produces; faults/db-outage exercises it end to end.
 * This pins the one shape that slipped through before: a commit that fails because PostgreSQL shut
 * down, which the transaction manager reports as a RollbackException with the driver's error only
 * attached as suppressed.
 */
class DatabaseUnavailableTest {

    @Test
    void aCommitBrokenByShutdownIsA503ThatAdmitsTheUnknownOutcome() {
        var shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        var xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(shutdown);
        var commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(xa);

        var problem = DatabaseUnavailable.problemFor(new RuntimeException("Error invoking subclass method", commit))
                .orElseThrow();

        assertEquals(503, problem.status());
        assertEquals("2", problem.headers().get("Retry-After"));
        assertTrue(problem.getMessage().contains("may or may not have taken effect"), problem.getMessage());
    }

    @Test
    void aStatementCutOffByShutdownIsA503ThatNothingChanged() {
        var problem = DatabaseUnavailable.problemFor(
                new RuntimeException(new SQLException("FATAL: terminating connection", "57P01"))).orElseThrow();

        assertTrue(problem.getMessage().contains("nothing was changed"), problem.getMessage());
    }

    @Test
    void otherDatabaseErrorsAreNotMistakenForAnOutage() {
        assertTrue(DatabaseUnavailable.problemFor(new SQLException("syntax error", "42601")).isEmpty());
    }
}
