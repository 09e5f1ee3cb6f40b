package org.mavedb.registry.ops;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the database (API.md §7), checked on a connection of its own instead of one
 * borrowed from the pool. Under a flood every pooled connection is busy with admitted work, so
 * a pooled check waited out the acquisition timeout and reported DOWN: Kubernetes would then pull a
 * healthy but busy replica and push its load onto the others. Busy is admission control's concern
 * (503 + Retry-After); readiness answers only "is the database reachable and answering?".
 *
 * <p>The connection is kept between probes and replaced when it stops answering (a restarted or
 * unreachable database), rather than opened for every probe: opening one cost 5-8 ms and a
 * PostgreSQL backend per probe. It is opened while the service starts, beside the start's own
 * work, so the first probe of a cold start, the one that makes it ready, only validates it.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private final String url;
    private final Properties credentials = new Properties();
    private final ManagedExecutor executor;
    private Connection connection; // guarded by this

    public DatabaseReadiness(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password, ManagedExecutor executor) {
        this.url = url;
        this.executor = executor;
        credentials.setProperty("user", username);
        credentials.setProperty("password", password);
        credentials.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        credentials.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        credentials.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS));
        credentials.setProperty("ApplicationName", "mave-registry readiness");
    }

    void connectWhileStarting(@Observes StartupEvent started) {
        executor.execute(this::call);
    }

    @Override
    public synchronized HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try {
            if (connection == null || !connection.isValid(TIMEOUT_SECONDS)) {
                close();
                connection = connect();
            }
            return response.up().build();
        } catch (SQLException unreachable) {
            close();
            return response.down().withData("reason", unreachable.getMessage()).build();
        }
    }

    synchronized void closeOnShutdown(@Observes ShutdownEvent stopping) {
        close();
    }

    private Connection connect() throws SQLException {
        Connection opened = new org.postgresql.Driver().connect(url, credentials);
        if (opened == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url);
        }
        return opened;
    }

    private void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException alreadyBroken) {
                // nothing to release on a connection the database already dropped
            }
            connection = null;
        }
    }
}
