package org.mavedb.registry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mavedb.registry.support.Api;
import org.mavedb.registry.support.Race;

/**
 * Every client that matters sends an API key, so keyed traffic at more than the pool size is the
 * service's real load. Each burst sends three times the pool size of concurrent keyed requests of
 * one kind, released together, and requires the exact outcome: no 503, no 500, and for the If-Match
 * PATCHes exactly one winner. Several rounds, because a pool that deadlocks does so by chance.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyedLoadTest {

    private static final int ROUNDS = 5;

    private Race race;
    private int burst;
    private String key;
    private String experiment;
    private String published;

    /** Once, but only when Quarkus has set REST Assured's port (it has not yet in a {@code @BeforeAll}). */
    @BeforeEach
    void setUp() {
        if (race != null) {
            return;
        }
        burst = 3 * ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        race = new Race(burst);
        key = Api.newUser();
        experiment = Api.newExperiment(key);
        published = Api.publish(key, Api.draftWithVariants(key, experiment));
    }

    @AfterAll
    void stop() {
        race.close();
    }

    @Test
    void keyedReadsAtThreeTimesThePoolSizeAllSucceed() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            assertStatuses(Map.of(200, burst), burstOf(() -> as(key).get("/api/v1/score-sets/{urn}", published).statusCode()));
        }
    }

    @Test
    void keyedSearchesAtThreeTimesThePoolSizeAllSucceed() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            assertStatuses(Map.of(200, burst), burstOf(() -> as(key).body(Map.of("text", "score"))
                    .post("/api/v1/me/score-sets/search").statusCode()));
        }
    }

    @Test
    void keyedCreatesAtThreeTimesThePoolSizeAllSucceed() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            assertStatuses(Map.of(201, burst), burstOf(() -> as(key).body(Api.experimentBody("Burst"))
                    .post("/api/v1/experiments").statusCode()));
        }
    }

    @Test
    void ofKeyedIfMatchPatchesOfOneRecordExactlyOneWinsAndTheRestAre412() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String urn = Api.newScoreSet(key, experiment);
            String etag = as(key).get("/api/v1/score-sets/{urn}", urn).then().statusCode(200).extract().header("ETag");
            List<Integer> statuses = burstOf(() -> as(key).contentType("application/merge-patch+json")
                    .header("If-Match", etag).body(Map.of("title", "Patched in round"))
                    .patch("/api/v1/score-sets/{urn}", urn).statusCode());
            assertStatuses(Map.of(200, 1, 412, burst - 1), statuses);
        }
    }

    private List<Integer> burstOf(Callable<Integer> request) throws Exception {
        return race.run(Collections.nCopies(burst, request));
    }

    private static void assertStatuses(Map<Integer, Integer> expected, List<Integer> statuses) {
        Map<Integer, Integer> counted = statuses.stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.summingInt(s -> 1)));
        assertEquals(new TreeMap<>(expected), counted, "statuses by count");
    }
}
