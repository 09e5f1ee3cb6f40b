package org.mavedb.registry.user;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mavedb.registry.support.Api.ADMIN_KEY;
import static org.mavedb.registry.support.Api.anonymous;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

@QuarkusTest
class UserResourceTest {

    @Test
    void adminCreatesUserWhoseKeyWorks() {
        String username = "alice-" + UUID.randomUUID().toString().substring(0, 8);
        String key = as(ADMIN_KEY).body(Map.of("username", username, "displayName", "Alice"))
                .post("/api/v1/users").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/users/" + username))
                .body("username", equalTo(username))
                .body("displayName", equalTo("Alice"))
                .body("creationDate", notNullValue())
                .body("apiKey", matchesPattern("mave_[A-Za-z0-9_-]{43}"))
                .extract().path("apiKey");
        as(key).get("/api/v1/users/{u}", username).then().statusCode(200)
                .body("username", equalTo(username))
                .body("apiKey", nullValue());
        as(ADMIN_KEY).get("/api/v1/users/{u}", username).then().statusCode(200);
    }

    @Test
    void onlyAdminsCreateUsers() {
        Map<String, String> body = Map.of("username", "bob-" + UUID.randomUUID().toString().substring(0, 8), "displayName", "Bob");
        anonymous().body(body).post("/api/v1/users").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", notNullValue());
        as("not-a-key").body(body).post("/api/v1/users").then().statusCode(401);
        as(Api.newUser()).body(body).post("/api/v1/users").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void duplicateUsernameIsConflict() {
        Map<String, String> body = Map.of("username", "carol-" + UUID.randomUUID().toString().substring(0, 8), "displayName", "Carol");
        as(ADMIN_KEY).body(body).post("/api/v1/users").then().statusCode(201);
        as(ADMIN_KEY).body(body).post("/api/v1/users").then().statusCode(409).contentType("application/problem+json");
        as(ADMIN_KEY).body(Map.of("username", "admin", "displayName", "Impostor")).post("/api/v1/users").then().statusCode(409);
    }

    @Test
    void invalidUsersAreRejectedWithFieldErrors() {
        as(ADMIN_KEY).body(Map.of("username", "has space", "displayName", "")).post("/api/v1/users").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("displayName", "username"));
        as(ADMIN_KEY).body(Map.of("username", "x".repeat(65), "displayName", "X")).post("/api/v1/users").then()
                .statusCode(400).body("errors[0].field", equalTo("username"));
    }

    @Test
    void usersCannotReadOtherUsers() {
        String key = Api.newUser();
        as(key).get("/api/v1/users/admin").then().statusCode(403);
        anonymous().get("/api/v1/users/admin").then().statusCode(401);
        as(ADMIN_KEY).get("/api/v1/users/nobody-at-all").then().statusCode(404);
    }
}
