package org.mavedb.registry.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mavedb.registry.support.Api.ADMIN_KEY;
import static org.mavedb.registry.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;
import org.mavedb.registry.support.HeldKeys;

/**
 * Overload: with {@code registry.http.max-in-flight=2}, two requests that are kept busy (each waits
 * on an Idempotency-Key that a test transaction holds) fill the service, and a third is shed at
 * once with 503 + Retry-After while health still answers. Oversized bodies are refused from their
 * declared length.
 */
@QuarkusTest
@TestProfile(AdmissionControlTest.TwoInFlight.class)
class AdmissionControlTest {

    public static class TwoInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.http.max-in-flight", "2", "registry.http.max-json-bytes", "10000",
                    "registry.variants.max-upload-bytes", "100000");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void requestsBeyondTheLimitAreShedAtOnce() throws Exception {
        String username = "o" + UUID.randomUUID().toString().substring(0, 8);
        String user = as(ADMIN_KEY).body(Map.of("username", username, "displayName", "Busy")).post("/api/v1/users")
                .then().statusCode(201).extract().path("apiKey");
        List<String> keys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (HeldKeys held = new HeldKeys(dataSource)) {
            for (String key : keys) {
                held.hold(username, key);
            }
            List<Future<Response>> busy = keys.stream().map(key -> pool.submit(() -> as(user).header("Idempotency-Key", key)
                    .body(Api.experimentBody("Busy")).post("/api/v1/experiments"))).toList();
            Thread.sleep(1000); // both are now waiting inside the service

            long started = System.nanoTime();
            as(user).body(Api.experimentBody("Shed")).post("/api/v1/experiments").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue());
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 1000, "shedding is immediate");
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/health/ready").then().statusCode(200);

            for (Future<Response> request : busy) {
                assertEquals(409, request.get(30, TimeUnit.SECONDS).statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        // capacity is back
        as(user).body(Api.experimentBody("After")).post("/api/v1/experiments").then().statusCode(201);
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreRead() {
        String user = Api.newUser();
        Map<String, Object> huge = Map.of("title", "t", "shortDescription", "x".repeat(20_000));
        as(user).body(huge).post("/api/v1/experiments").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
        // a variant upload has its own, larger limit
        Api.uploadCsv(user, Api.newScoreSet(user, Api.newExperiment(user)), Api.distinctCsvRows(2000)).statusCode(200);
        // so does every operation that takes a MaveDB file
        String draft = Api.newScoreSet(user, Api.newExperiment(user));
        as(user).contentType("text/csv").body(Api.distinctCsvRows(2000)).post("/api/v1/score-sets/{urn}/scores", draft)
                .then().statusCode(200);
        as(user).contentType("text/csv").body(Api.distinctCsvRows(2000).replace(",score", ",c_0"))
                .post("/api/v1/score-sets/{urn}/counts", draft).then().statusCode(200);
        Api.uploadCsv(user, Api.newScoreSet(user, Api.newExperiment(user)),
                "hgvs_nt,score\n" + "c.1A>G,1.0\n".repeat(10000)).statusCode(413).contentType("application/problem+json");
    }
}
