package org.mavedb.registry.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every pooled connection, the one the migrations ran on among them, carries the settings of
 * application.properties: the 60 s socket timeout and the 30 s statement timeout (migrations run
 * without both, MigrationTimeouts, and a V7 at a million score sets runs minutes: see
 * docs/performance.md), no parallel workers (concurrent requests already use every core) and
 * random reads priced for a cached database ("Discovery at a million score sets").
 */
@QuarkusTest
class PooledConnectionSettingsTest {

    @Inject
    AgroalDataSource pool;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @ConfigProperty(name = "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout")
    int socketTimeoutSeconds;

    @Test
    void everyPooledConnectionCarriesTheServiceSettings() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                Connection connection = pool.getConnection();
                held.add(connection);
                assertEquals(socketTimeoutSeconds * 1000, connection.getNetworkTimeout());
                try (Statement statement = connection.createStatement()) {
                    assertEquals("30s", setting(statement, "statement_timeout"));
                    assertEquals("0", setting(statement, "max_parallel_workers_per_gather"));
                    assertEquals("1.1", setting(statement, "random_page_cost"));
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
