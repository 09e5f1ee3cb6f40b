package org.mavedb.registry.scoreset;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
class ScoreSetResourceTest {

    @Test
    void createReturnsDraftWithTargets() {
        String key = Api.newUser();
        String experiment = Api.newExperiment(key);
        as(key).body(Api.scoreSetBody(experiment, "Scores")).post("/api/v1/score-sets").then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"1\"")
                .body("urn", matchesPattern("tmp:[0-9a-f-]{36}"))
                .body("experimentUrn", equalTo(experiment))
                .body("private", equalTo(true))
                .body("numVariants", equalTo(0))
                .body("targetGenes", hasSize(1))
                .body("targetGenes[0].name", equalTo("BRCA1"))
                .body("targetGenes[0].category", equalTo("protein_coding"))
                .body("targetGenes[0].sequence.sequenceType", equalTo("dna"))
                .body("targetGenes[0].id", notNullValue())
                .body("supersededScoreSetUrn", nullValue())
                .body("supersedingScoreSetUrn", nullValue());
    }

    @Test
    void visibilityMatrix() {
        String owner = Api.newUser();
        String other = Api.newUser();
        String experiment = Api.newExperiment(owner);
        String draft = Api.draftWithVariants(owner, experiment);
        String published = Api.publish(owner, Api.draftWithVariants(owner, experiment));

        // draft: owner and admin see it; everybody else gets 404, never 403
        as(owner).get("/api/v1/score-sets/{urn}", draft).then().statusCode(200);
        as(ADMIN_KEY).get("/api/v1/score-sets/{urn}", draft).then().statusCode(200);
        as(other).get("/api/v1/score-sets/{urn}", draft).then().statusCode(404);
        anonymous().get("/api/v1/score-sets/{urn}", draft).then().statusCode(404);
        as(other).body(Map.of("title", "x")).patch("/api/v1/score-sets/{urn}", draft).then().statusCode(404);
        as(other).delete("/api/v1/score-sets/{urn}", draft).then().statusCode(404);
        as(other).post("/api/v1/score-sets/{urn}/publish", draft).then().statusCode(404);
        Api.uploadCsv(other, draft, Api.SMALL_CSV).statusCode(404);
        as(other).get("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(404);
        as(other).get("/api/v1/variants/{urn}", draft + "#1").then().statusCode(404);
        anonymous().body(Map.of("title", "x")).patch("/api/v1/score-sets/{urn}", draft).then().statusCode(401);

        // published: everybody reads; only owner and admin write
        for (String key : new String[] {owner, other, ADMIN_KEY, null}) {
            as(key).get("/api/v1/score-sets/{urn}", published).then().statusCode(200).body("private", equalTo(false));
            as(key).get("/api/v1/score-sets/{urn}/variants", published).then().statusCode(200);
            as(key).get("/api/v1/variants/{urn}", published + "#1").then().statusCode(200);
        }
        as(other).body(Map.of("title", "x")).patch("/api/v1/score-sets/{urn}", published).then().statusCode(403);
        as(other).post("/api/v1/score-sets/{urn}/publish", published).then().statusCode(403);
        as(owner).body(Map.of("title", "Renamed")).patch("/api/v1/score-sets/{urn}", published).then().statusCode(200);
        as(ADMIN_KEY).body(Map.of("title", "Renamed by admin")).patch("/api/v1/score-sets/{urn}", published).then().statusCode(200);

        // target genes follow their score set
        int draftTarget = as(owner).get("/api/v1/score-sets/{urn}", draft).then().extract().path("targetGenes[0].id");
        as(owner).get("/api/v1/target-genes/{id}", draftTarget).then().statusCode(200).body("scoreSetUrn", equalTo(draft));
        as(other).get("/api/v1/target-genes/{id}", draftTarget).then().statusCode(404);
        anonymous().get("/api/v1/target-genes/{id}", draftTarget).then().statusCode(404);
        int publishedTarget = as(owner).get("/api/v1/score-sets/{urn}", published).then().extract().path("targetGenes[0].id");
        anonymous().get("/api/v1/target-genes/{id}", publishedTarget).then().statusCode(200)
                .body("scoreSetUrn", equalTo(published)).body("organism", equalTo("Homo sapiens"));
    }

    @Test
    void publishAssignsPermanentUrns() {
        String key = Api.newUser();
        String experiment = Api.newExperiment(key);
        String first = Api.draftWithVariants(key, experiment);
        String second = Api.draftWithVariants(key, experiment);
        String firstUrn = as(key).post("/api/v1/score-sets/{urn}/publish", first).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("urn", matchesPattern("urn:mavedb:\\d{8}-a-1"))
                .body("private", equalTo(false))
                .body("publishedDate", notNullValue())
                .body("experimentUrn", matchesPattern("urn:mavedb:\\d{8}-a"))
                .extract().path("urn");
        String experimentUrn = firstUrn.substring(0, firstUrn.length() - 2);
        assertEquals(experimentUrn + "-2", Api.publish(key, second));
        // the draft urns keep resolving, to the published records
        anonymous().get("/api/v1/score-sets/{urn}", first).then().statusCode(200).body("urn", equalTo(firstUrn));
        anonymous().get("/api/v1/experiments/{urn}", experiment).then().statusCode(200).body("urn", equalTo(experimentUrn));
        anonymous().get("/api/v1/variants/{urn}", first + "#1").then().statusCode(200).body("urn", equalTo(firstUrn + "#1"));
        as(key).get("/api/v1/experiments/{urn}", experimentUrn).then().statusCode(200)
                .body("private", equalTo(false)).body("experimentSetUrn", equalTo(experimentUrn.substring(0, 19)));
        as(key).get("/api/v1/variants/{urn}", firstUrn + "#2").then().statusCode(200)
                .body("urn", equalTo(firstUrn + "#2")).body("hgvsPro", equalTo("p.Met1Thr")).body("score", equalTo(-1.25f));

        String otherExperimentUrn = Api.publishedScoreSet(key);
        assertTrue(!otherExperimentUrn.startsWith(experimentUrn.substring(0, 19)), "a new experiment gets a new set");
    }

    @Test
    void publishRules() {
        String key = Api.newUser();
        String experiment = Api.newExperiment(key);
        String empty = Api.newScoreSet(key, experiment);
        as(key).post("/api/v1/score-sets/{urn}/publish", empty).then().statusCode(409).contentType("application/problem+json");
        String published = Api.publish(key, Api.draftWithVariants(key, experiment));
        as(key).post("/api/v1/score-sets/{urn}/publish", published).then().statusCode(409);
        Api.uploadCsv(key, published, Api.SMALL_CSV).statusCode(409);
        as(key).delete("/api/v1/score-sets/{urn}", published).then().statusCode(409);
        String draft = Api.draftWithVariants(key, published.substring(0, published.lastIndexOf('-')));
        as(key).header("If-Match", "\"1\"").post("/api/v1/score-sets/{urn}/publish", draft).then().statusCode(412);
        as(key).get("/api/v1/score-sets/{urn}", draft).then().body("private", equalTo(true));
    }

    @Test
    void deleteRemovesDraft() {
        String key = Api.newUser();
        String draft = Api.draftWithVariants(key, Api.newExperiment(key));
        as(Api.newUser()).delete("/api/v1/score-sets/{urn}", draft).then().statusCode(404);
        as(key).delete("/api/v1/score-sets/{urn}", draft).then().statusCode(204);
        as(key).get("/api/v1/score-sets/{urn}", draft).then().statusCode(404);
        as(key).delete("/api/v1/score-sets/{urn}", draft).then().statusCode(404);
    }

    @Test
    void creatingInSomeoneElsesExperiment() {
        String owner = Api.newUser();
        String draftExperiment = Api.newExperiment(owner);
        as(Api.newUser()).body(Api.scoreSetBody(draftExperiment, "x")).post("/api/v1/score-sets").then().statusCode(404);
        String published = Api.publishedScoreSet(owner);
        String experimentUrn = as(owner).get("/api/v1/score-sets/{urn}", published).then().extract().path("experimentUrn");
        as(Api.newUser()).body(Api.scoreSetBody(experimentUrn, "x")).post("/api/v1/score-sets").then().statusCode(403);
        as(ADMIN_KEY).body(Api.scoreSetBody(experimentUrn, "x")).post("/api/v1/score-sets").then().statusCode(201)
                .body("createdBy", equalTo("admin"));
    }

    @Test
    void supersessionRules() {
        String owner = Api.newUser();
        String experiment = Api.newExperiment(owner);
        String v1 = Api.publish(owner, Api.draftWithVariants(owner, experiment));
        String experimentUrn = v1.substring(0, v1.lastIndexOf('-'));
        Map<String, Object> body = new HashMap<>(Api.scoreSetBody(experimentUrn, "v2"));
        body.put("supersededScoreSetUrn", v1);
        String v2 = as(owner).body(body).post("/api/v1/score-sets").then().statusCode(201)
                .body("supersededScoreSetUrn", equalTo(v1)).extract().path("urn");
        // the draft superseder is visible to its owner only
        as(owner).get("/api/v1/score-sets/{urn}", v1).then().body("supersedingScoreSetUrn", equalTo(v2));
        anonymous().get("/api/v1/score-sets/{urn}", v1).then().body("supersedingScoreSetUrn", nullValue());
        // superseded at most once
        as(owner).body(body).post("/api/v1/score-sets").then().statusCode(409);
        // a draft cannot be superseded
        Map<String, Object> ofDraft = new HashMap<>(body);
        ofDraft.put("supersededScoreSetUrn", v2);
        as(owner).body(ofDraft).post("/api/v1/score-sets").then().statusCode(409);
        // only from the same experiment
        String elsewhere = Api.publishedScoreSet(owner);
        Map<String, Object> crossExperiment = new HashMap<>(body);
        crossExperiment.put("supersededScoreSetUrn", elsewhere);
        as(owner).body(crossExperiment).post("/api/v1/score-sets").then().statusCode(400);
        // deleting the draft superseder frees the slot
        as(owner).delete("/api/v1/score-sets/{urn}", v2).then().statusCode(204);
        String v2b = as(owner).body(body).post("/api/v1/score-sets").then().statusCode(201).extract().path("urn");
        Api.uploadCsv(owner, v2b, Api.SMALL_CSV).statusCode(200);
        String v2Published = Api.publish(owner, v2b);
        anonymous().get("/api/v1/score-sets/{urn}", v1).then().body("supersedingScoreSetUrn", equalTo(v2Published));
        anonymous().get("/api/v1/score-sets/{urn}", v2Published).then().body("supersededScoreSetUrn", equalTo(v1));
    }

    @Test
    void patchOnScoreSetNeverTouchesPublishState() {
        String key = Api.newUser();
        String published = Api.publishedScoreSet(key);
        as(key).body(Map.of("numVariants", 0)).patch("/api/v1/score-sets/{urn}", published).then().statusCode(400);
        as(key).body(Map.of("keywords", List.of("a", "b"))).patch("/api/v1/score-sets/{urn}", published).then()
                .statusCode(200).body("keywords", org.hamcrest.Matchers.contains("a", "b"))
                .body("urn", equalTo(published)).body("numVariants", equalTo(2)).body("private", equalTo(false));
    }
}
