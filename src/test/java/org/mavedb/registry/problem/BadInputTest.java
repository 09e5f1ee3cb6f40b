package org.mavedb.registry.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mavedb.registry.support.Api;

/**
 * Every bad request gets a problem+json error with the right status and changes nothing:
 * the event log (one event per change) does not grow.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private String key;
    private String experiment;
    private String draft;

    /** Created on first use: a @BeforeAll would run before the test HTTP port is known. */
    private void ensureFixtures() {
        if (key == null) {
            key = Api.newUser();
            experiment = Api.newExperiment(key);
            draft = Api.newScoreSet(key, experiment);
        }
    }

    Stream<Arguments> badRequests() {
        String longTitle = "x".repeat(251);
        return Stream.of(
                Arguments.of("malformed JSON", Method.POST, "/api/v1/experiments", "application/json", "{\"title\": ", 400),
                Arguments.of("JSON array instead of object", Method.POST, "/api/v1/experiments", "application/json", "[]", 400),
                Arguments.of("empty body", Method.POST, "/api/v1/experiments", "application/json", "", 400),
                Arguments.of("wrong type", Method.POST, "/api/v1/experiments", "application/json",
                        "{\"title\": 5, \"shortDescription\": \"s\", \"keywords\": \"not-a-list\"}", 400),
                Arguments.of("missing required fields", Method.POST, "/api/v1/experiments", "application/json", "{}", 400),
                Arguments.of("over-long title", Method.POST, "/api/v1/experiments", "application/json",
                        "{\"title\": \"" + longTitle + "\", \"shortDescription\": \"s\"}", 400),
                Arguments.of("blank keyword", Method.POST, "/api/v1/experiments", "application/json",
                        "{\"title\": \"t\", \"shortDescription\": \"s\", \"keywords\": [\" \"]}", 400),
                Arguments.of("XML body", Method.POST, "/api/v1/experiments", "application/xml", "<x/>", 415),
                Arguments.of("unknown target category", Method.POST, "/api/v1/score-sets", "application/json",
                        scoreSet("\"category\": \"enzyme\", \"sequence\": {\"sequence\": \"ATG\", \"sequenceType\": \"dna\"}"), 400),
                Arguments.of("target with sequence and accession", Method.POST, "/api/v1/score-sets", "application/json",
                        scoreSet("\"category\": \"regulatory\", \"accession\": \"NM_1\", \"sequence\": {\"sequence\": \"ATG\", \"sequenceType\": \"dna\"}"), 400),
                Arguments.of("target with neither sequence nor accession", Method.POST, "/api/v1/score-sets", "application/json",
                        scoreSet("\"category\": \"regulatory\""), 400),
                Arguments.of("no target genes", Method.POST, "/api/v1/score-sets", "application/json",
                        "{\"experimentUrn\": \"{experiment}\", \"title\": \"t\", \"shortDescription\": \"s\", \"targetGenes\": []}", 400),
                Arguments.of("malformed experiment urn", Method.POST, "/api/v1/score-sets", "application/json",
                        "{\"experimentUrn\": \"urn:nope\", \"title\": \"t\", \"shortDescription\": \"s\", \"targetGenes\": [{\"name\": \"G\", \"category\": \"regulatory\", \"accession\": \"NM_1\"}]}", 400),
                Arguments.of("unknown experiment", Method.POST, "/api/v1/score-sets", "application/json",
                        "{\"experimentUrn\": \"urn:mavedb:99999999-a\", \"title\": \"t\", \"shortDescription\": \"s\", \"targetGenes\": [{\"name\": \"G\", \"category\": \"regulatory\", \"accession\": \"NM_1\"}]}", 404),
                Arguments.of("malformed score set urn", Method.GET, "/api/v1/score-sets/bogus", null, null, 400),
                Arguments.of("unknown score set", Method.GET, "/api/v1/score-sets/urn:mavedb:99999999-a-1", null, null, 404),
                Arguments.of("malformed experiment urn in path", Method.GET, "/api/v1/experiments/urn:mavedb:1", null, null, 400),
                Arguments.of("non-numeric target id", Method.GET, "/api/v1/target-genes/abc", null, null, 400),
                Arguments.of("unknown target id", Method.GET, "/api/v1/target-genes/999999999", null, null, 404),
                Arguments.of("unknown path", Method.GET, "/api/v1/nothing-here", null, null, 404),
                Arguments.of("unknown root path", Method.GET, "/nothing-here", null, null, 404),
                Arguments.of("method not allowed", Method.PUT, "/api/v1/experiments", "application/json", "{}", 405),
                Arguments.of("patch as text", Method.PATCH, "/api/v1/score-sets/{draft}", "text/plain", "title=x", 415),
                Arguments.of("patch with array body", Method.PATCH, "/api/v1/score-sets/{draft}", "application/merge-patch+json", "[1]", 400),
                Arguments.of("patch with over-long title", Method.PATCH, "/api/v1/score-sets/{draft}", "application/merge-patch+json",
                        "{\"title\": \"" + longTitle + "\"}", 400),
                Arguments.of("patch with malformed JSON", Method.PATCH, "/api/v1/score-sets/{draft}", "application/merge-patch+json", "{", 400));
    }

    private static String scoreSet(String target) {
        return "{\"experimentUrn\": \"{experiment}\", \"title\": \"t\", \"shortDescription\": \"s\", "
                + "\"targetGenes\": [{\"name\": \"G\", " + target + "}]}";
    }

    @ParameterizedTest(name = "{0} -> {5}")
    @MethodSource("badRequests")
    void rejectedAsProblemAndChangesNothing(String name, Method method, String path, String contentType, String body, int status) {
        ensureFixtures();
        path = path.replace("{draft}", draft);
        body = body == null ? null : body.replace("{experiment}", experiment);
        long eventsBefore = eventCount();
        var request = as(key);
        if (contentType != null) {
            request = request.contentType(contentType);
        }
        if (body != null) {
            request = request.body(body);
        }
        Response response = request.request(method, path);
        response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
        org.junit.jupiter.api.Assertions.assertEquals(eventsBefore, eventCount(), "a rejected request must change nothing");
    }

    @Test
    void jsonProblemsSayWhatIsWrong() {
        ensureFixtures();
        as(key).body("{\"title\": ").post("/api/v1/experiments").then().statusCode(400)
                .body("detail", containsString("not valid JSON"));
        as(key).body("{\"title\": \"t\", \"shortDescription\": \"s\", \"keywords\": {\"a\": 1}}").post("/api/v1/experiments")
                .then().statusCode(400).body("errors[0].field", equalTo("keywords"))
                .body("errors[0].message", equalTo("must be an array"));
        as(key).body("{\"title\": \"t\", \"shortDescription\": [\"s\"]}").post("/api/v1/experiments")
                .then().statusCode(400).body("errors[0].field", equalTo("shortDescription"))
                .body("errors[0].message", equalTo("must be a string"));
        as(key).body("{\"limit\": \"ten\"}").post("/api/v1/score-sets/search")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("must be an integer"));
        as(key).body(scoreSet("\"category\": \"enzyme\", \"accession\": \"NM_1\"").replace("{experiment}", experiment))
                .post("/api/v1/score-sets").then().statusCode(400)
                .body("errors[0].field", equalTo("targetGenes[0].category"))
                .body("errors[0].message", containsString("protein_coding"));
    }

    /** A value of another JSON type is not converted: the client's bug surfaces as a 400. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wronglyTypedValues")
    void valuesOfAnotherJsonTypeAreRefusedNotConverted(String body, String path, String field, String message) {
        ensureFixtures();
        long eventsBefore = eventCount();
        as(key).body(body.replace("{experiment}", experiment)).post(path.replace("{draft}", draft))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
        org.junit.jupiter.api.Assertions.assertEquals(eventsBefore, eventCount(), "a rejected request must change nothing");
    }

    static Stream<Arguments> wronglyTypedValues() {
        return Stream.of(
                Arguments.of("{\"title\": 5, \"shortDescription\": \"s\"}", "/api/v1/experiments", "title", "must be a string"),
                Arguments.of("{\"title\": true, \"shortDescription\": \"s\"}", "/api/v1/experiments", "title", "must be a string"),
                Arguments.of("{\"title\": \"t\", \"shortDescription\": \"s\", \"keywords\": [1]}", "/api/v1/experiments",
                        "keywords[0]", "must be a string"),
                Arguments.of("{\"limit\": \"10\"}", "/api/v1/score-sets/search", "limit", "must be an integer"),
                Arguments.of("{\"limit\": 1.5}", "/api/v1/score-sets/search", "limit", "must be an integer"),
                Arguments.of("{\"offset\": true}", "/api/v1/variants/search", "offset", "must be an integer"),
                Arguments.of("{\"variants\": [{\"hgvsNt\": \"c.1A>G\", \"score\": \"0.5\"}]}", "/api/v1/score-sets/{draft}/variants",
                        "variants[0].score", "must be a number"),
                Arguments.of("{\"variants\": [{\"hgvsNt\": \"c.1A>G\", \"score\": 1, \"data\": {\"x\": true}}]}",
                        "/api/v1/score-sets/{draft}/variants", "variants[0].data.x", "must be a number, text or null"),
                Arguments.of("{\"variants\": [{\"hgvsNt\": \"c.1A>G\", \"score\": 1, \"data\": {\"x\": [1]}}]}",
                        "/api/v1/score-sets/{draft}/variants", "variants[0].data.x", "must be a number, text or null"));
    }

    @Test
    void validationProblemsListEveryField() {
        ensureFixtures();
        as(key).body("{\"title\": \"\", \"shortDescription\": \"" + "y".repeat(1001) + "\"}").post("/api/v1/experiments").then()
                .statusCode(400)
                .body("type", equalTo("urn:mave-registry:problem:validation"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("shortDescription", "title"));
    }

    /** Generated clients send `Accept: application/problem+json` where the only documented body is an error. */
    @Test
    void askingForProblemJsonNeverYields406() {
        ensureFixtures();
        String doomed = Api.newScoreSet(key, experiment);
        as(key).accept(Problem.MEDIA_TYPE).delete("/api/v1/score-sets/{urn}", doomed).then().statusCode(204);
        as(key).accept(Problem.MEDIA_TYPE).get("/api/v1/score-sets/{urn}", doomed).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
        as(key).accept(Problem.MEDIA_TYPE).get("/api/v1/score-sets/{urn}", draft).then().statusCode(200)
                .body("urn", equalTo(draft));
        as(key).accept("text/html").get("/api/v1/score-sets/{urn}", draft).then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE);
    }

    private static long eventCount() {
        List<Integer> ids = as(Api.ADMIN_KEY).queryParam("after", 0).queryParam("limit", 1000).get("/api/v1/events")
                .then().extract().path("events.id");
        long count = ids.size();
        while (ids.size() == 1000) {
            ids = as(Api.ADMIN_KEY).queryParam("after", ids.get(999)).queryParam("limit", 1000).get("/api/v1/events")
                    .then().extract().path("events.id");
            count += ids.size();
        }
        return count;
    }
}
