package org.mavedb.registry.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the database (API.md §7), checked on a short-lived connection of its own instead of
 * one borrowed from the pool. Under a flood every pooled connection is busy with admitted work, so
 * a pooled check waited out the acquisition timeout and reported DOWN: Kubernetes would then pull a
 * healthy but busy replica and push its load onto the others. Busy is admission control's concern
 * (503 + Retry-After); readiness answers only "is the database reachable and answering?".
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private final String url;
    private final Properties credentials = new Properties();

    public DatabaseReadiness(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.url = url;
        credentials.setProperty("user", username);
        credentials.setProperty("password", password);
        credentials.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        credentials.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        credentials.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS));
        credentials.setProperty("ApplicationName", "mave-registry readiness");
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = new org.postgresql.Driver().connect(url, credentials)) {
            return response.status(connection.isValid(TIMEOUT_SECONDS)).build();
        } catch (SQLException unreachable) {
            return response.down().withData("reason", unreachable.getMessage()).build();
        }
    }
}
