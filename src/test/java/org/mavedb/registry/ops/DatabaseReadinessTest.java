package org.mavedb.registry.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A pool busy to its last connection is load, not unreadiness: with every pooled connection held,
 * readiness still reports the database UP (faults/overload checks the same under a real flood, and
 * faults/db-outage that it goes DOWN when PostgreSQL stops). Probes share one connection of their
 * own, and one that the database dropped is replaced by the next probe.
 */
@QuarkusTest
class DatabaseReadinessTest {

    @Inject
    AgroalDataSource pool;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @Test
    void probesReuseOneConnectionAndReplaceOneTheDatabaseDropped() throws Exception {
        probeIsUp();
        long backend = readinessBackend();
        for (int i = 0; i < 5; i++) {
            probeIsUp();
            assertEquals(backend, readinessBackend(), "every probe uses the same database connection");
        }

        terminateAndAwaitExit(backend);
        probeIsUp();
        long replacement = readinessBackend();
        assertNotEquals(backend, replacement, "the dropped connection was replaced");
        probeIsUp();
        assertEquals(replacement, readinessBackend());
    }

    /** pg_terminate_backend only signals the backend; probing before it has exited would race it. */
    private void terminateAndAwaitExit(long backend) throws Exception {
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("select pg_terminate_backend(" + backend + ")");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (true) {
                try (ResultSet alive = sql.executeQuery("select 1 from pg_stat_activity where pid = " + backend)) {
                    if (!alive.next()) {
                        return;
                    }
                }
                assertTrue(System.nanoTime() < deadline, "backend " + backend + " did not exit within 10 s");
                Thread.sleep(20);
            }
        }
    }

    private static void probeIsUp() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    /** The process id of the one backend the readiness check holds in this database. */
    private long readinessBackend() throws Exception {
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement();
                ResultSet backends = sql.executeQuery("select pid from pg_stat_activity"
                        + " where application_name = 'mave-registry readiness' and datname = current_database()")) {
            assertTrue(backends.next(), "the readiness check holds a connection");
            long pid = backends.getLong(1);
            assertFalse(backends.next(), "the readiness check holds exactly one connection");
            return pid;
        }
    }

    @Test
    void readinessStaysUpWhileEveryPooledConnectionIsBusy() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < poolSize) {
                held.add(pool.getConnection());
            }
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                    .body("checks.name", hasItem("admission"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }
}
