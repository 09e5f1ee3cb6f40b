package org.mavedb.registry.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Migrations run without the socket timeout (a V7 at a million score sets runs minutes: see
 * docs/performance.md), and the connection they ran on gets it back: every pooled connection,
 * the migrations' one among them, still carries the configured 60 s.
 */
@QuarkusTest
class MigrationTimeoutsTest {

    @Inject
    AgroalDataSource pool;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @ConfigProperty(name = "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout")
    int socketTimeoutSeconds;

    @Test
    void everyPooledConnectionKeepsTheSocketTimeout() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                Connection connection = pool.getConnection();
                held.add(connection);
                assertEquals(socketTimeoutSeconds * 1000, connection.getNetworkTimeout());
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }
}
