package org.mavedb.registry.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/**
 * Anonymous {@code /q/metrics} must neither leak draft urns nor grow with the paths clients make up:
 * 1,000 requests to random paths and to drafts, with methods that no resource has, leave the number of
 * {@code http_server_requests} series as it was and no urn in the output.
 */
@QuarkusTest
class MetricsLabelsTest {

    private static final List<String> METHODS = List.of("PUT", "DELETE", "PATCH", "GET", "POST");

    @Test
    void madeUpPathsAndDraftUrnsAddNoSeriesAndLeakNothing() {
        String key = Api.newUser();
        String draft = Api.newScoreSet(key, Api.newExperiment(key));
        List<String> paths = List.of("/api/v1/score-sets/" + draft, "/api/v1/score-sets/" + draft + "/variants",
                "/api/v1/experiments/%s", "/api/v1/%s", "/api/%s/x", "/api/v1/score-sets/%s/publish");
        sendAll(paths, 1); // every method × path shape once, so that each label (template × status) exists
        int before = requestSeries().size();
        sendAll(paths, 1000 / (paths.size() * METHODS.size()) + 1);
        List<String> after = requestSeries();
        assertEquals(before, after.size(), "new series: " + after);
        assertFalse(metrics().contains("tmp:"), "a draft urn appears in /q/metrics");
    }

    private static void sendAll(List<String> paths, int rounds) {
        for (int round = 0; round < rounds; round++) {
            for (String path : paths) {
                for (String method : METHODS) {
                    given().contentType("application/json").body("{}")
                            .request(method, path.formatted("tmp:" + UUID.randomUUID())).then().statusCode(org.hamcrest.Matchers.not(500));
                }
            }
        }
    }

    private static List<String> requestSeries() {
        return metrics().lines().filter(line -> line.startsWith("http_server_requests_seconds_count")).toList();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
