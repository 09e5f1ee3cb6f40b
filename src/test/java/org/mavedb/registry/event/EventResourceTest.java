package org.mavedb.registry.event;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mavedb.registry.support.Api.ADMIN_KEY;
import static org.mavedb.registry.support.Api.anonymous;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

@QuarkusTest
class EventResourceTest {

    @Test
    void everyChangeAppendsOneEventInOrder() {
        String key = Api.newUser();
        long before = Api.lastEventId();
        String experiment = Api.newExperiment(key);
        String draft = Api.newScoreSet(key, experiment);
        Api.uploadCsv(key, draft, Api.SMALL_CSV).statusCode(200);
        as(key).body(Map.of("title", "Renamed")).patch("/api/v1/score-sets/{urn}", draft).then().statusCode(200);
        String published = Api.publish(key, draft);

        var events = as(ADMIN_KEY).queryParam("after", before).get("/api/v1/events").then().statusCode(200);
        events.body("events.type", contains("experiment.created", "score_set.created", "score_set.variants_uploaded",
                "score_set.updated", "score_set.published"));
        events.body("events.resourceUrn", contains(experiment, draft, draft, draft, published));
        String actor = events.extract().path("events[0].actor");
        assertEquals(actor, events.extract().path("events[4].actor"));
    }

    @Test
    void failedRequestsAppendNothing() {
        String key = Api.newUser();
        String experiment = Api.newExperiment(key);
        long before = Api.lastEventId();
        as(key).body(Map.of("title", "")).patch("/api/v1/experiments/{urn}", experiment).then().statusCode(400);
        as(key).post("/api/v1/score-sets/{urn}/publish", Api.newScoreSet(key, experiment)).then().statusCode(409);
        as(ADMIN_KEY).queryParam("after", before).get("/api/v1/events").then()
                .body("events.type", contains("score_set.created"));
    }

    @Test
    void eventsAreForAdminsOnly() {
        anonymous().get("/api/v1/events").then().statusCode(401);
        as(Api.newUser()).get("/api/v1/events").then().statusCode(403);
        as(ADMIN_KEY).queryParam("limit", 0).get("/api/v1/events").then().statusCode(400);
        as(ADMIN_KEY).queryParam("after", "x").get("/api/v1/events").then().statusCode(400);
    }
}
