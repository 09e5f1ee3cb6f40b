package org.mavedb.registry.experiment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.mavedb.registry.support.Api.ADMIN_KEY;
import static org.mavedb.registry.support.Api.anonymous;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

@QuarkusTest
class ExperimentResourceTest {

    @Test
    void createThenRead() {
        String key = Api.newUser();
        String urn = as(key).body(Api.experimentBody("Deep scan of BRCA1"))
                .post("/api/v1/experiments").then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("urn", matchesPattern("tmp:[0-9a-f-]{36}"))
                .body("title", equalTo("Deep scan of BRCA1"))
                .body("keywords", contains("saturation", "DMS"))
                .body("private", equalTo(true))
                .body("publishedDate", nullValue())
                .body("version", equalTo(1))
                .extract().path("urn");
        as(key).get("/api/v1/experiments/{urn}", urn).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("urn", equalTo(urn))
                .body("shortDescription", equalTo("Short description of Deep scan of BRCA1"))
                .body("abstractText", equalTo("Abstract"))
                .body("methodText", equalTo("Method"));
    }

    @Test
    void draftExperimentIsVisibleOnlyToCreatorAndAdmin() {
        String owner = Api.newUser();
        String urn = Api.newExperiment(owner);
        as(owner).get("/api/v1/experiments/{urn}", urn).then().statusCode(200);
        as(ADMIN_KEY).get("/api/v1/experiments/{urn}", urn).then().statusCode(200);
        as(Api.newUser()).get("/api/v1/experiments/{urn}", urn).then().statusCode(404).contentType("application/problem+json");
        anonymous().get("/api/v1/experiments/{urn}", urn).then().statusCode(404);
    }

    @Test
    void patchChangesOnlyNamedFieldsAndBumpsVersion() {
        String key = Api.newUser();
        String urn = Api.newExperiment(key);
        as(key).contentType("application/merge-patch+json").body(Map.of("title", "New title"))
                .patch("/api/v1/experiments/{urn}", urn).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("title", equalTo("New title"))
                .body("shortDescription", equalTo("Short description of An experiment"))
                .body("version", equalTo(2));
        Map<String, Object> clear = new HashMap<>();
        clear.put("abstractText", null);
        as(key).body(clear).patch("/api/v1/experiments/{urn}", urn).then().statusCode(200)
                .body("abstractText", nullValue()).body("methodText", equalTo("Method")).body("version", equalTo(3));
    }

    @Test
    void patchRejectsNonEditableFieldsAndRemovingRequiredOnes() {
        String key = Api.newUser();
        String urn = Api.newExperiment(key);
        as(key).body(Map.of("urn", "tmp:x", "publishedDate", "2020-01-01")).patch("/api/v1/experiments/{urn}", urn)
                .then().statusCode(400).body("errors.field", contains("publishedDate", "urn"));
        Map<String, Object> removeTitle = new HashMap<>();
        removeTitle.put("title", null);
        as(key).body(removeTitle).patch("/api/v1/experiments/{urn}", urn).then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
        as(key).body(Map.of("keywords", List.of(1, 2))).patch("/api/v1/experiments/{urn}", urn).then().statusCode(400);
        as(key).get("/api/v1/experiments/{urn}", urn).then().body("version", equalTo(1));
    }

    @Test
    void patchNeedsOwnershipAndMatchingETag() {
        String owner = Api.newUser();
        String published = Api.publishedScoreSet(owner);
        String experimentUrn = as(owner).get("/api/v1/score-sets/{urn}", published).then().extract().path("experimentUrn");
        as(Api.newUser()).body(Map.of("title", "Hijack")).patch("/api/v1/experiments/{urn}", experimentUrn)
                .then().statusCode(403);
        anonymous().body(Map.of("title", "Hijack")).patch("/api/v1/experiments/{urn}", experimentUrn)
                .then().statusCode(401);
        as(owner).header("If-Match", "\"99\"").body(Map.of("title", "Stale")).patch("/api/v1/experiments/{urn}", experimentUrn)
                .then().statusCode(412).contentType("application/problem+json");
        String etag = as(owner).get("/api/v1/experiments/{urn}", experimentUrn).then().extract().header("ETag");
        as(owner).header("If-Match", etag).body(Map.of("title", "Fresh")).patch("/api/v1/experiments/{urn}", experimentUrn)
                .then().statusCode(200).body("title", equalTo("Fresh"));
        as(ADMIN_KEY).header("If-Match", "*").body(Map.of("title", "By admin")).patch("/api/v1/experiments/{urn}", experimentUrn)
                .then().statusCode(200);
    }

    @Test
    void joiningAnExperimentSetGivesTheNextLetter() {
        String key = Api.newUser();
        String first = Api.publishedScoreSet(key);
        String setUrn = first.substring(0, "urn:mavedb:00000000".length());
        Map<String, Object> body = new HashMap<>(Api.experimentBody("Second experiment"));
        body.put("experimentSetUrn", setUrn);
        String experiment = as(key).body(body).post("/api/v1/experiments").then().statusCode(201)
                .body("experimentSetUrn", equalTo(setUrn)).extract().path("urn");
        String published = Api.publish(key, Api.draftWithVariants(key, experiment));
        org.junit.jupiter.api.Assertions.assertEquals(setUrn + "-b-1", published);
        as(key).get("/api/v1/experiments/{urn}", setUrn + "-b").then().statusCode(200)
                .body("private", equalTo(false)).body("urn", endsWith("-b"));

        as(Api.newUser()).body(body).post("/api/v1/experiments").then().statusCode(403);
        body.put("experimentSetUrn", "urn:mavedb:99999999");
        as(key).body(body).post("/api/v1/experiments").then().statusCode(404);
        body.put("experimentSetUrn", "not-an-urn");
        as(key).body(body).post("/api/v1/experiments").then().statusCode(400);
    }
}
