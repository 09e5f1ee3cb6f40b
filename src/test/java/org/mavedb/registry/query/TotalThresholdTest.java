package org.mavedb.registry.query;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/**
 * API.md §3, totals: every list envelope counts exactly up to the threshold (3 here); beyond it the
 * total is the threshold with {@code totalIsExact: false}, while the page itself stays complete.
 */
@QuarkusTest
@TestProfile(TotalThresholdTest.ThresholdOfThree.class)
class TotalThresholdTest {

    public static class ThresholdOfThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.search.exact-total-threshold", "3");
        }
    }

    /** A new user with this many drafts, one target gene each. */
    private static String userWithDrafts(int drafts) {
        String key = Api.newUser();
        String experiment = Api.newExperiment(key);
        for (int i = 0; i < drafts; i++) {
            Api.newScoreSet(key, experiment);
        }
        return key;
    }

    @Test
    void beyondTheThresholdTheTotalIsALowerBoundAndThePageIsWhole() {
        String key = userWithDrafts(4);
        as(key).body(Map.of()).post("/api/v1/me/score-sets/search").then().statusCode(200)
                .body("numScoreSets", equalTo(3)).body("totalIsExact", equalTo(false)).body("scoreSets", hasSize(4));
        as(key).body(Map.of()).post("/api/v1/me/target-genes/search").then().statusCode(200)
                .body("numTargetGenes", equalTo(3)).body("totalIsExact", equalTo(false)).body("targetGenes", hasSize(4));
    }

    @Test
    void atTheThresholdTheTotalIsExact() {
        String key = userWithDrafts(3);
        as(key).body(Map.of()).post("/api/v1/me/score-sets/search").then().statusCode(200)
                .body("numScoreSets", equalTo(3)).body("totalIsExact", equalTo(true)).body("scoreSets", hasSize(3));
        as(key).body(Map.of("limit", 2)).post("/api/v1/me/target-genes/search").then().statusCode(200)
                .body("numTargetGenes", equalTo(3)).body("totalIsExact", equalTo(true)).body("targetGenes", hasSize(2));
    }

    @Test
    void variantSearchIsBoundedWhileAScoreSetsOwnCountStaysExact() {
        String key = Api.newUser();
        String draft = Api.newScoreSet(key, Api.newExperiment(key));
        Api.uploadCsv(key, draft, Api.distinctCsvRows(5)).statusCode(200);
        String urn = Api.publish(key, draft);
        as(key).body(Map.of("scoreSetUrns", List.of(urn))).post("/api/v1/variants/search").then().statusCode(200)
                .body("numVariants", equalTo(3)).body("totalIsExact", equalTo(false)).body("variants", hasSize(5));
        as(key).get("/api/v1/score-sets/{urn}/variants", urn).then().statusCode(200)
                .body("numVariants", equalTo(5)).body("totalIsExact", equalTo(true));
    }
}
