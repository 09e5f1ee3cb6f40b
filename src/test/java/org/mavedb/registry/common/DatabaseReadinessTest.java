package org.mavedb.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A pool busy to its last connection is load, not unreadiness: with every pooled connection held,
 * readiness still reports the database UP (faults/overload checks the same under a real flood, and
 * faults/db-outage that it goes DOWN when PostgreSQL stops).
 */
@QuarkusTest
class DatabaseReadinessTest {

    @Inject
    AgroalDataSource pool;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @Test
    void readinessStaysUpWhileEveryPooledConnectionIsBusy() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < poolSize) {
                held.add(pool.getConnection());
            }
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'database' }.status", org.hamcrest.Matchers.equalTo("UP"))
                    .body("checks.name", hasItem("admission"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }
}
