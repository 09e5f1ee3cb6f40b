package org.mavedb.registry.scoreset;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mavedb.registry.support.Api;
import org.mavedb.registry.support.Race;

/**
 * Races that must never lose an update or produce a 500: threads are released together from a
 * barrier, many iterations per scenario, and every iteration checks the final state.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentWritesTest {

    private static final int ITERATIONS = 100;
    private final Race race = new Race(8);

    @AfterAll
    void stop() {
        race.close();
    }

    @Test
    void exactlyOneOfConcurrentPublishesOfOneDraftWins() throws Exception {
        String key = Api.newUser();
        String experiment = Api.newExperiment(key);
        for (int i = 0; i < ITERATIONS; i++) {
            String draft = Api.draftWithVariants(key, experiment);
            List<Callable<io.restassured.response.Response>> publishes = Collections.nCopies(6,
                    () -> as(key).post("/api/v1/score-sets/{urn}/publish", draft));
            List<io.restassured.response.Response> responses = race.run(publishes);
            List<Integer> statuses = responses.stream().map(r -> r.statusCode()).toList();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
            experiment = responses.get(statuses.indexOf(200)).path("experimentUrn");
        }
    }

    @Test
    void exactlyOneOfConcurrentSupersessionsOfOneScoreSetWins() throws Exception {
        String key = Api.newUser();
        String experiment = Api.newExperiment(key);
        for (int i = 0; i < ITERATIONS / 2; i++) {
            String published = Api.publish(key, Api.draftWithVariants(key, experiment));
            experiment = as(key).get("/api/v1/score-sets/{urn}", published).then().extract().path("experimentUrn");
            Map<String, Object> body = new HashMap<>(Api.scoreSetBody(experiment, "Next version"));
            body.put("supersededScoreSetUrn", published);
            List<Callable<Integer>> supersessions = Collections.nCopies(6,
                    () -> as(key).body(body).post("/api/v1/score-sets").statusCode());
            List<Integer> statuses = race.run(supersessions);
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
            as(key).get("/api/v1/score-sets/{urn}/lineage", published).then().statusCode(200)
                    .body("numScoreSets", equalTo(2));
        }
    }

    @Test
    void concurrentPublishesInOneExperimentGetDistinctUrns() throws Exception {
        String key = Api.newUser();
        for (int i = 0; i < ITERATIONS / 4; i++) {
            String experiment = Api.newExperiment(key);
            List<String> drafts = new ArrayList<>();
            for (int d = 0; d < 4; d++) {
                drafts.add(Api.draftWithVariants(key, experiment));
            }
            List<Callable<String>> publishes = new ArrayList<>();
            for (String draft : drafts) {
                publishes.add(() -> as(key).post("/api/v1/score-sets/{urn}/publish", draft).then()
                        .statusCode(200).extract().path("urn"));
            }
            List<String> urns = race.run(publishes);
            assertEquals(4, new HashSet<>(urns).size(), "distinct urns " + urns);
            String experimentUrn = urns.get(0).substring(0, urns.get(0).lastIndexOf('-'));
            for (String urn : urns) {
                assertEquals(experimentUrn, urn.substring(0, urn.lastIndexOf('-')), "one experiment urn " + urns);
            }
        }
    }

    @Test
    void firstPublishesInDifferentExperimentsGetDistinctSets() throws Exception {
        String key = Api.newUser();
        for (int i = 0; i < ITERATIONS / 4; i++) {
            List<String> drafts = new ArrayList<>();
            for (int d = 0; d < 4; d++) {
                drafts.add(Api.draftWithVariants(key, Api.newExperiment(key)));
            }
            List<Callable<String>> publishes = new ArrayList<>();
            for (String draft : drafts) {
                publishes.add(() -> as(key).post("/api/v1/score-sets/{urn}/publish", draft).then()
                        .statusCode(200).extract().path("urn"));
            }
            List<String> urns = race.run(publishes);
            assertEquals(4, urns.stream().map(u -> u.substring(0, 19)).distinct().count(), "distinct sets " + urns);
        }
    }

    @Test
    void concurrentPatchesOfDifferentFieldsBothPersist() throws Exception {
        String key = Api.newUser();
        String draft = Api.newScoreSet(key, Api.newExperiment(key));
        for (int i = 0; i < ITERATIONS; i++) {
            String title = "title " + i;
            String description = "description " + i;
            List<Integer> statuses = race.run(List.of(
                    () -> as(key).body(Map.of("title", title)).patch("/api/v1/score-sets/{urn}", draft).statusCode(),
                    () -> as(key).body(Map.of("shortDescription", description)).patch("/api/v1/score-sets/{urn}", draft).statusCode()));
            assertEquals(List.of(200, 200), statuses);
            var body = as(key).get("/api/v1/score-sets/{urn}", draft).then().extract();
            assertEquals(title, body.path("title"));
            assertEquals(description, body.path("shortDescription"));
        }
    }

    @Test
    void concurrentPatchesWithOneIfMatchLetExactlyOneThrough() throws Exception {
        String key = Api.newUser();
        String draft = Api.newScoreSet(key, Api.newExperiment(key));
        for (int i = 0; i < ITERATIONS; i++) {
            String etag = as(key).get("/api/v1/score-sets/{urn}", draft).then().extract().header("ETag");
            List<Callable<Integer>> patches = new ArrayList<>();
            for (int t = 0; t < 5; t++) {
                String title = "iteration " + i + " writer " + t;
                patches.add(() -> as(key).header("If-Match", etag).body(Map.of("title", title))
                        .patch("/api/v1/score-sets/{urn}", draft).statusCode());
            }
            List<Integer> statuses = race.run(patches);
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
            assertEquals(4, statuses.stream().filter(s -> s == 412).count(), "statuses " + statuses);
            String winner = "iteration " + i + " writer " + statuses.indexOf(200);
            assertEquals(winner, as(key).get("/api/v1/score-sets/{urn}", draft).then().extract().path("title"));
        }
    }

    @Test
    void patchRacingPublishKeepsBothEffects() throws Exception {
        String key = Api.newUser();
        String experiment = Api.newExperiment(key);
        String experimentUrn = null;
        for (int i = 0; i < ITERATIONS; i++) {
            String draft = Api.draftWithVariants(key, experimentUrn == null ? experiment : experimentUrn);
            String title = "patched " + i;
            List<Object> results = race.run(List.of(
                    () -> as(key).body(Map.of("title", title)).patch("/api/v1/score-sets/{urn}", draft).statusCode(),
                    () -> as(key).post("/api/v1/score-sets/{urn}/publish", draft).then().statusCode(200).extract().path("urn")));
            String published = (String) results.get(1);
            experimentUrn = published.substring(0, published.lastIndexOf('-'));
            var body = as(key).get("/api/v1/score-sets/{urn}", published).then().statusCode(200).extract();
            assertEquals(false, body.path("private"), "publish must not be reverted");
            assertEquals(200, results.get(0), "a PATCH of metadata is allowed before and after publication");
            assertEquals(title, body.path("title"), "an acknowledged PATCH must persist");
        }
    }

    @Test
    void uploadRacingPublishPublishesTheLastAcknowledgedUpload() throws Exception {
        String key = Api.newUser();
        String experimentUrn = Api.newExperiment(key);
        for (int i = 0; i < ITERATIONS; i++) {
            String draft = Api.draftWithVariants(key, experimentUrn);
            String csv = "hgvs_nt,score\nn.1A>G,1\nn.2T>G,2\nn.3G>A," + i + "\n";
            List<Object> results = race.run(List.of(
                    () -> Api.uploadCsv(key, draft, csv).extract().statusCode(),
                    () -> as(key).post("/api/v1/score-sets/{urn}/publish", draft).then().statusCode(200).extract().path("urn")));
            String published = (String) results.get(1);
            experimentUrn = published.substring(0, published.lastIndexOf('-'));
            int numVariants = as(key).get("/api/v1/score-sets/{urn}", published).then().extract().path("numVariants");
            int uploadStatus = (Integer) results.get(0);
            if (uploadStatus == 200) {
                assertEquals(3, numVariants, "the acknowledged upload must be what was published");
            } else {
                assertEquals(2, numVariants, "a rejected upload must change nothing");
                assertEquals(409, uploadStatus, "an upload after publication is a conflict");
            }
        }
    }

    @Test
    void patchRacingDeleteOfADraft() throws Exception {
        String key = Api.newUser();
        String experiment = Api.newExperiment(key);
        for (int i = 0; i < ITERATIONS; i++) {
            String draft = Api.newScoreSet(key, experiment);
            List<Integer> statuses = race.run(List.of(
                    () -> as(key).body(Map.of("title", "x")).patch("/api/v1/score-sets/{urn}", draft).statusCode(),
                    () -> as(key).delete("/api/v1/score-sets/{urn}", draft).statusCode()));
            assertEquals(204, statuses.get(1));
            assertEquals(true, statuses.get(0) == 200 || statuses.get(0) == 404, "patch status " + statuses.get(0));
            as(key).get("/api/v1/score-sets/{urn}", draft).then().statusCode(404);
        }
    }
}
