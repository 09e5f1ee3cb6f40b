package org.mavedb.registry.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mavedb.registry.support.Api.ADMIN_KEY;
import static org.mavedb.registry.support.Api.anonymous;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/**
 * Who may call what is decided by the framework before a resource method runs (API.md §2, §6):
 * a request without the identity it needs is 401 (no key, or an unknown one) or 403 (not an
 * admin) before its body is read or validated, and the answer is problem+json. Nothing changes.
 */
@QuarkusTest
class AuthenticationTest {

    private static final String NOT_A_KEY = "mave_not-a-key";

    /** One request to each endpoint that needs a key, each with a body that would be a 400 if it were read. */
    private static final List<Function<RequestSpecification, io.restassured.response.Response>> WRITES_WITH_BAD_BODIES = List.of(
            r -> r.body("{\"title\": 5, \"unclosed\": ").post("/api/v1/experiments"),
            r -> r.body("not json at all").post("/api/v1/score-sets"),
            r -> r.contentType("application/merge-patch+json").body("[1, 2").patch("/api/v1/experiments/tmp:00000000-0000-0000-0000-000000000000"),
            r -> r.contentType("application/merge-patch+json").body("{\"urn\": 1}").patch("/api/v1/score-sets/tmp:00000000-0000-0000-0000-000000000000"),
            r -> r.contentType("text/csv").body("no,header\n\"unclosed").post("/api/v1/score-sets/tmp:00000000-0000-0000-0000-000000000000/variants"),
            r -> r.body("{\"limit\": \"many\"}").post("/api/v1/me/score-sets/search"),
            r -> r.body("{\"offset\": -1}").post("/api/v1/me/target-genes/search"),
            r -> r.post("/api/v1/score-sets/not-a-urn/publish"),
            r -> r.delete("/api/v1/score-sets/not-a-urn"));

    @Test
    void withoutAKeyEveryWriteIs401BeforeItsBodyIsRead() {
        long events = Api.lastEventId();
        for (var request : WRITES_WITH_BAD_BODIES) {
            request.apply(anonymous()).then().statusCode(401).contentType("application/problem+json")
                    .body("status", equalTo(401))
                    .body("detail", equalTo("This endpoint needs an API key in the X-API-Key header"));
        }
        assertEquals(events, Api.lastEventId());
    }

    @Test
    void withAnUnknownKeyEveryRequestIs401EvenPublicReads() {
        long events = Api.lastEventId();
        for (var request : WRITES_WITH_BAD_BODIES) {
            request.apply(as(NOT_A_KEY)).then().statusCode(401).contentType("application/problem+json")
                    .body("detail", equalTo("The API key in the X-API-Key header is not valid"));
        }
        as(NOT_A_KEY).get("/api/v1/score-sets/recently-published").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", notNullValue());
        as(NOT_A_KEY).body(Map.of()).post("/api/v1/score-sets/search").then().statusCode(401);
        assertEquals(events, Api.lastEventId());
    }

    @Test
    void adminOnlyEndpointsAre403ForUsersBeforeTheBodyIsRead() {
        String user = Api.newUser();
        as(user).body("{\"username\": 7").post("/api/v1/users").then().statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo("This endpoint is for admins only"));
        as(user).get("/api/v1/events").then().statusCode(403).contentType("application/problem+json");
        anonymous().get("/api/v1/events").then().statusCode(401).contentType("application/problem+json");
        as(ADMIN_KEY).get("/api/v1/events?limit=1").then().statusCode(200);
    }

    @Test
    void publicReadsStayOpenToAnonymousCallers() {
        anonymous().get("/api/v1/score-sets/recently-published").then().statusCode(200);
        anonymous().body(Map.of()).post("/api/v1/score-sets/search").then().statusCode(200);
        anonymous().get("/api/v1/target-genes").then().statusCode(200);
    }

    @Test
    void aKeyKeepsWorkingAcrossRequestsAndTheAdminKeyActsAsTheAdminUser() {
        String key = Api.newUser();
        for (int i = 0; i < 3; i++) {
            as(key).body(Map.of()).post("/api/v1/me/score-sets/search").then().statusCode(200);
        }
        as(ADMIN_KEY).get("/api/v1/users/admin").then().statusCode(200).body("admin", equalTo(true));
    }
}
