package org.mavedb.registry.scoreset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/**
 * A text search with more matches than the total's threshold (20 here) selects a page near the
 * start by walking the recency order and testing each score set (query.Pager), and a deeper page
 * through the search index: both must give the same score sets in the same order.
 */
@QuarkusTest
@TestProfile(BroadTextPageTest.ThresholdOfTwenty.class)
class BroadTextPageTest {

    public static class ThresholdOfTwenty implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.search.exact-total-threshold", "20");
        }
    }

    @Test
    void pagesOfABroadMatchAreTheSameWhicheverWayTheyAreFound() {
        String key = Api.newUser();
        String experiment = Api.newExperiment(key);
        String word = "BRD" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 24; i++) {
            String title = i % 4 == 3 ? "Unrelated assay " + i : word + " assay " + i;
            as(key).body(Api.scoreSetBody(experiment, title)).post("/api/v1/score-sets").then().statusCode(201);
        }
        // 18 matches: exact total, every page through the index
        List<String> all = search(key, word, 100, 0).getList("scoreSets.urn");
        assertEquals(18, all.size());
        for (int i = 24; i < 30; i++) {
            as(key).body(Api.scoreSetBody(experiment, word + " assay " + i)).post("/api/v1/score-sets").then().statusCode(201);
        }
        // 24 matches, beyond the threshold: the whole list (limit 100) through the index ...
        JsonPath whole = search(key, word, 100, 0);
        assertFalse(whole.getBoolean("totalIsExact"));
        List<String> newest = whole.getList("scoreSets.urn");
        assertEquals(24, newest.size());
        assertEquals(all, newest.subList(6, 24), "the six new score sets come first, then the rest unchanged");
        // ... and pages within the first tenth of the threshold by walking the order
        JsonPath first = search(key, word, 2, 0);
        assertEquals(20, first.getInt("numScoreSets"));
        assertFalse(first.getBoolean("totalIsExact"));
        assertEquals(newest.subList(0, 2), first.getList("scoreSets.urn"));
        assertEquals(newest.subList(1, 2), search(key, word, 1, 1).getList("scoreSets.urn"));
        assertEquals(newest.subList(2, 4), search(key, word, 2, 2).getList("scoreSets.urn"), "the next page, found through the index");
    }

    private static JsonPath search(String key, String text, int limit, int offset) {
        Map<String, Object> body = new HashMap<>(Map.of("text", text, "limit", limit, "offset", offset, "lineage", "expanded"));
        return as(key).body(body).post("/api/v1/me/score-sets/search").then().statusCode(200).extract().jsonPath();
    }
}
