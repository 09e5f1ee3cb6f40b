package org.mavedb.registry.idempotency;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.File;
import java.net.HttpURLConnection;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mavedb.registry.support.Race;

/**
 * Idempotency holds across service instances because it lives in the database: two packaged
 * instances (the jar, or the native binary with -Dnative) on two ports share one PostgreSQL
 * database, and duplicates of one request, split between them and released together, create one
 * row and one event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyAcrossInstancesIT {

    private static final String DATABASE = System.getProperty("it.jdbc.url",
            "jdbc:postgresql://127.0.0.1:5432/mave_registry_it");
    private static final String ADMIN_KEY = "it-admin-key";
    private static final int[] PORTS = {18081, 18082};
    private static final int ITERATIONS = 20;
    private static final int DUPLICATES = 16;

    private final List<Process> instances = new ArrayList<>();
    private final Race race = new Race(DUPLICATES);

    @BeforeAll
    void startTwoInstances() throws Exception {
        File artifact = new File(System.getProperty("it.artifact", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(artifact.isFile(), "package the application first (mvn verify does): " + artifact);
        List<String> command = artifact.getName().endsWith(".jar")
                ? List.of(System.getProperty("java.home") + "/bin/java", "-jar", artifact.getPath())
                : List.of(artifact.getPath());
        emptyDatabase();
        for (int port : PORTS) {
            ProcessBuilder instance = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(new File("target/instance-" + port + ".log"));
            instance.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            instance.environment().put("QUARKUS_DATASOURCE_JDBC_URL", DATABASE);
            instance.environment().put("REGISTRY_ADMIN_API_KEY", ADMIN_KEY);
            instances.add(instance.start());
        }
        for (int port : PORTS) {
            awaitReady(port);
        }
    }

    /**
     * The instances migrate a database this test owns, so it starts empty: left as a previous build
     * migrated it, a changed migration would stop them at Flyway's validation instead.
     */
    private static void emptyDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(DATABASE, "mave", "mave"); var s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
    }

    @AfterAll
    void stopInstances() throws InterruptedException {
        race.close();
        for (Process instance : instances) {
            instance.destroy();
        }
        for (Process instance : instances) {
            instance.waitFor();
        }
    }

    private static void awaitReady(int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection ready = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/q/health/ready")
                        .toURL().openConnection();
                if (ready.getResponseCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("instance on port " + port + " did not become ready; see target/instance-" + port + ".log");
    }

    private static String url(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void duplicatesSplitBetweenTwoInstancesCreateOneRow() throws Exception {
        String user = given().contentType(ContentType.JSON).header("X-API-Key", ADMIN_KEY)
                .body(Map.of("username", "it" + UUID.randomUUID().toString().substring(0, 8), "displayName", "Two instances"))
                .post(url(PORTS[0], "/api/v1/users")).then().statusCode(201).extract().path("apiKey");
        for (int i = 0; i < ITERATIONS; i++) {
            String key = UUID.randomUUID().toString();
            String title = "Two instances " + key;
            List<Callable<Response>> duplicates = new ArrayList<>();
            for (int d = 0; d < DUPLICATES; d++) {
                int port = PORTS[d % PORTS.length];
                duplicates.add(() -> given().contentType(ContentType.JSON).header("X-API-Key", user)
                        .header("Idempotency-Key", key)
                        .body(Map.of("title", title, "shortDescription", "Raced across instances"))
                        .post(url(port, "/api/v1/experiments")));
            }
            List<Response> responses = race.run(duplicates);
            for (Response response : responses) {
                assertEquals(201, response.statusCode(), response.asString());
                assertArrayEquals(responses.get(0).asByteArray(), response.asByteArray());
            }
            assertEquals(1, responses.stream().filter(r -> r.header("Idempotent-Replayed") == null).count());
            assertEquals(1, count("select count(*) from experiments where title = ?", title));
            assertEquals(1, count("select count(*) from events where type = 'experiment.created' and payload->>'title' = ?", title));
        }
    }

    private static long count(String query, String parameter) throws Exception {
        try (Connection c = DriverManager.getConnection(DATABASE, "mave", "mave");
                PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, parameter);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
