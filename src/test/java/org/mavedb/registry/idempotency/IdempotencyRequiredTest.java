package org.mavedb.registry.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/** {@code registry.idempotency.required=true}: the state-changing POSTs need an Idempotency-Key. */
@QuarkusTest
@TestProfile(IdempotencyRequiredTest.KeyRequired.class)
class IdempotencyRequiredTest {

    public static class KeyRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.idempotency.required", "true");
        }
    }

    @Test
    void postsWithoutAKeyAre400() {
        String user = as(Api.ADMIN_KEY).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("username", "r" + UUID.randomUUID().toString().substring(0, 8), "displayName", "Required"))
                .post("/api/v1/users").then().statusCode(201).extract().path("apiKey");
        as(user).body(Api.experimentBody("No key")).post("/api/v1/experiments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        String experiment = as(user).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Api.experimentBody("With key")).post("/api/v1/experiments").then().statusCode(201).extract().path("urn");
        // PATCH honours a key but does not demand one; read-only searches ignore the rule
        as(user).body(Map.of("title", "Patched")).patch("/api/v1/experiments/{urn}", experiment).then().statusCode(200);
        as(user).body(Map.of()).post("/api/v1/score-sets/search").then().statusCode(200);
    }
}
