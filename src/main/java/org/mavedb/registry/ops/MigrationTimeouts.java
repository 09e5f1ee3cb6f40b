package org.mavedb.registry.ops;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Lets a schema migration run as long as it needs. Connections carry a 60 s socket timeout and a
 * 30 s statement timeout (application.properties) so that a request on a dead database connection
 * fails instead of hanging and a slow statement cannot hold a connection forever; a migration that
 * rewrites a large table (V7 at a million score sets takes minutes) would be cut off by either, and
 * the service would not start. Each migration runs without them, and its connection gets both back
 * before it returns to the pool (the statement timeout by RESET, to the value the connection
 * started with).
 */
@Singleton
public class MigrationTimeouts implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new UnboundedMigrations());
    }

    private static final class UnboundedMigrations implements Callback {

        private int requestTimeoutMillis;

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE
                    || event == Event.AFTER_EACH_MIGRATE_ERROR;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            Connection connection = context.getConnection();
            try {
                if (event == Event.BEFORE_EACH_MIGRATE) {
                    requestTimeoutMillis = connection.getNetworkTimeout();
                    connection.setNetworkTimeout(Runnable::run, 0);
                    execute(connection, "set statement_timeout = 0");
                } else {
                    connection.setNetworkTimeout(Runnable::run, requestTimeoutMillis);
                    resetStatementTimeout(connection, event);
                }
            } catch (SQLException e) {
                throw new FlywayException("could not set the migration connection's timeouts", e);
            }
        }

        /**
         * After a failed migration its transaction may be aborted, which refuses every statement;
         * its rollback undoes the SET anyway, and the migration's own error is the one to report.
         */
        private static void resetStatementTimeout(Connection connection, Event event) throws SQLException {
            try {
                execute(connection, "reset statement_timeout");
            } catch (SQLException e) {
                if (event != Event.AFTER_EACH_MIGRATE_ERROR) {
                    throw e;
                }
            }
        }

        private static void execute(Connection connection, String sql) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        @Override
        public String getCallbackName() {
            return "unbounded-migrations";
        }
    }
}
