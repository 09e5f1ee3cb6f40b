package org.mavedb.registry.idempotency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mavedb.registry.support.Api.ADMIN_KEY;
import static org.mavedb.registry.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mavedb.registry.support.Api;
import org.mavedb.registry.support.HeldKeys;
import org.mavedb.registry.support.Race;

/** API.md §4 through HTTP: replays, conflicts, races, lost responses, failures and the purge. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyTest {

    private static final String KEY_HEADER = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final int ITERATIONS = 30;
    private static final int DUPLICATES = 16;

    private final Race race = new Race(DUPLICATES);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdempotencyPurge purge;

    @TestHTTPResource("/")
    URL baseUrl;

    @AfterAll
    void stop() {
        race.close();
    }

    private static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    /** Sends the request twice under one key; the second must replay the first exactly and append no event. */
    private Response assertReplays(Function<RequestSpecification, Response> send, String apiKey) {
        String key = newKey();
        Response first = send.apply(as(apiKey).header(KEY_HEADER, key));
        assertTrue(first.statusCode() / 100 == 2, "first attempt: " + first.statusCode() + " " + first.asString());
        assertNull(first.header(REPLAYED));
        long eventsAfterFirst = Api.lastEventId();
        Response retry = send.apply(as(apiKey).header(KEY_HEADER, key));
        assertEquals(first.statusCode(), retry.statusCode());
        assertArrayEquals(first.asByteArray(), retry.asByteArray());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals("true", retry.header(REPLAYED));
        assertEquals(eventsAfterFirst, Api.lastEventId(), "a replay appends no event");
        return first;
    }

    @Test
    void everyIdempotentRequestReplaysItsFirstResponse() {
        String user = Api.newUser();
        Map<String, String> newUser = Map.of("username", "u" + UUID.randomUUID().toString().substring(0, 8),
                "displayName", "Replayed");
        assertReplays(r -> r.body(newUser).post("/api/v1/users"), ADMIN_KEY).then().body("apiKey", notNullValue());
        String experiment = assertReplays(r -> r.body(Api.experimentBody("Replayed")).post("/api/v1/experiments"), user)
                .then().statusCode(201).header("Location", notNullValue()).extract().path("urn");
        String scoreSet = assertReplays(r -> r.body(Api.scoreSetBody(experiment, "Replayed")).post("/api/v1/score-sets"), user)
                .then().statusCode(201).extract().path("urn");
        assertReplays(r -> r.contentType("text/csv").body(Api.SMALL_CSV).post("/api/v1/score-sets/{urn}/variants", scoreSet), user)
                .then().statusCode(200).body("numVariants", equalTo(2));
        assertReplays(r -> r.body(Map.of("variants", List.of(Map.of("hgvsNt", "n.3G>A", "score", 1.5))))
                .post("/api/v1/score-sets/{urn}/variants", scoreSet), user).then().statusCode(200);
        assertReplays(r -> r.header("If-Match", "\"3\"").contentType("application/merge-patch+json")
                .body(Map.of("title", "Patched")).patch("/api/v1/score-sets/{urn}", scoreSet), user)
                .then().statusCode(200).header("ETag", "\"4\"");
        assertReplays(r -> r.body(Map.of("title", "Patched experiment")).patch("/api/v1/experiments/{urn}", experiment), user)
                .then().statusCode(200);
        String published = assertReplays(r -> r.post("/api/v1/score-sets/{urn}/publish", scoreSet), user)
                .then().statusCode(200).extract().path("urn");
        as(user).get("/api/v1/score-sets/{urn}", published).then().statusCode(200).body("title", equalTo("Patched"));
    }

    @Test
    void aPatchWithIfMatchReplaysInsteadOfFailingOnItsOwnVersionBump() {
        String user = Api.newUser();
        String experiment = Api.newExperiment(user);
        String key = newKey();
        as(user).header(KEY_HEADER, key).header("If-Match", "\"1\"").body(Map.of("title", "Once"))
                .patch("/api/v1/experiments/{urn}", experiment).then().statusCode(200).header("ETag", "\"2\"");
        as(user).header(KEY_HEADER, key).header("If-Match", "\"1\"").body(Map.of("title", "Once"))
                .patch("/api/v1/experiments/{urn}", experiment).then().statusCode(200).header("ETag", "\"2\"")
                .header(REPLAYED, "true");
        // without the key the same stale If-Match is a 412
        as(user).header("If-Match", "\"1\"").body(Map.of("title", "Once"))
                .patch("/api/v1/experiments/{urn}", experiment).then().statusCode(412);
    }

    /** An upload is read as a stream and hashed as it goes: a retry is compared by all its bytes all the same. */
    @Test
    void aStreamedUploadRetriedWithOtherBytesIs422AndChangesNothing() {
        String user = Api.newUser();
        String draft = Api.newScoreSet(user, Api.newExperiment(user));
        String key = newKey();
        String csv = Api.distinctCsvRows(3000);
        as(user).header(KEY_HEADER, key).contentType("text/csv").body(csv).post("/api/v1/score-sets/{urn}/scores", draft)
                .then().statusCode(200).body("numVariants", equalTo(3000));
        long events = Api.lastEventId();
        String lastCellChanged = csv.substring(0, csv.length() - 2) + "9\n";
        as(user).header(KEY_HEADER, key).contentType("text/csv").body(lastCellChanged)
                .post("/api/v1/score-sets/{urn}/scores", draft).then().statusCode(422);
        as(user).header(KEY_HEADER, key).contentType("text/csv").body(csv).post("/api/v1/score-sets/{urn}/scores", draft)
                .then().statusCode(200).header(REPLAYED, "true").body("numVariants", equalTo(3000));
        assertEquals(events, Api.lastEventId());
        as(user).get("/api/v1/variants/{urn}", draft + "#3000").then().body("score", equalTo((float) (3000 % 7)));
    }

    @Test
    void reusingAKeyForADifferentRequestIs422AndChangesNothing() {
        String user = Api.newUser();
        String key = newKey();
        String experiment = as(user).header(KEY_HEADER, key).body(Api.experimentBody("First"))
                .post("/api/v1/experiments").then().statusCode(201).extract().path("urn");
        long events = Api.lastEventId();
        as(user).header(KEY_HEADER, key).body(Api.experimentBody("Second")).post("/api/v1/experiments").then()
                .statusCode(422).contentType("application/problem+json").body("detail", containsString("different request"));
        as(user).header(KEY_HEADER, key).body(Map.of("title", "x")).patch("/api/v1/experiments/{urn}", experiment)
                .then().statusCode(422);
        assertEquals(events, Api.lastEventId());
        as(user).get("/api/v1/experiments/{urn}", experiment).then().body("title", equalTo("First"));
        // the same JSON with its keys in another order is the same request
        String reordered = "{\"shortDescription\":\"Short description of First\",\"title\":\"First\",\"abstractText\":\"Abstract\","
                + "\"methodText\":\"Method\",\"keywords\":[\"saturation\",\"DMS\"]}";
        as(user).header(KEY_HEADER, key).body(reordered).post("/api/v1/experiments").then().statusCode(201)
                .header(REPLAYED, "true").body("urn", equalTo(experiment));
    }

    @Test
    void keysBelongToTheirCaller() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        String key = newKey();
        String forAlice = as(alice).header(KEY_HEADER, key).body(Api.experimentBody("Shared key"))
                .post("/api/v1/experiments").then().statusCode(201).header(REPLAYED, nullValue()).extract().path("urn");
        String forBob = as(bob).header(KEY_HEADER, key).body(Api.experimentBody("Shared key"))
                .post("/api/v1/experiments").then().statusCode(201).header(REPLAYED, nullValue()).extract().path("urn");
        assertTrue(!forAlice.equals(forBob));
    }

    @Test
    void malformedKeysAre400AndChangeNothing() {
        String user = Api.newUser();
        long events = Api.lastEventId();
        for (String bad : new String[] {"", "x".repeat(256), "tab\tinside", "caf\u00e9"}) {
            as(user).header(KEY_HEADER, bad).body(Api.experimentBody("Bad key")).post("/api/v1/experiments").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(KEY_HEADER));
        }
        assertEquals(events, Api.lastEventId());
        as(user).header(KEY_HEADER, "x".repeat(255)).body(Api.experimentBody("Longest key")).post("/api/v1/experiments")
                .then().statusCode(201);
        // searches are read-only: they ignore the header
        as(user).header(KEY_HEADER, "").body(Map.of()).post("/api/v1/score-sets/search").then().statusCode(200);
    }

    @Test
    void concurrentDuplicatesCreateOneRowAndOneEvent() throws Exception {
        String user = Api.newUser();
        for (int i = 0; i < ITERATIONS; i++) {
            String key = newKey();
            String title = "Race " + key;
            long before = Api.lastEventId();
            List<Callable<Response>> duplicates = new ArrayList<>();
            for (int d = 0; d < DUPLICATES; d++) {
                duplicates.add(() -> as(user).header(KEY_HEADER, key).body(Api.experimentBody(title)).post("/api/v1/experiments"));
            }
            List<Response> responses = race.run(duplicates);
            for (Response response : responses) {
                assertEquals(201, response.statusCode(), response.asString());
                assertArrayEquals(responses.get(0).asByteArray(), response.asByteArray(), "every duplicate gets the same body");
                assertEquals(responses.get(0).header("Location"), response.header("Location"));
            }
            assertEquals(1, responses.stream().filter(r -> r.header(REPLAYED) == null).count(), "exactly one ran");
            assertEquals(1, eventsWithTitle(before, title), "exactly one event");
            assertEquals(1, experimentsWithTitle(title), "exactly one row");
        }
    }

    @Test
    void concurrentDuplicatePublishesPublishOnce() throws Exception {
        String user = Api.newUser();
        String experiment = Api.newExperiment(user);
        for (int i = 0; i < ITERATIONS / 3; i++) {
            String draft = Api.draftWithVariants(user, experiment);
            String key = newKey();
            long before = Api.lastEventId();
            List<Callable<Response>> duplicates = new ArrayList<>();
            for (int d = 0; d < DUPLICATES; d++) {
                duplicates.add(() -> as(user).header(KEY_HEADER, key).post("/api/v1/score-sets/{urn}/publish", draft));
            }
            List<Response> responses = race.run(duplicates);
            for (Response response : responses) {
                assertEquals(200, response.statusCode(), response.asString());
                assertArrayEquals(responses.get(0).asByteArray(), response.asByteArray());
            }
            List<Map<String, Object>> events = Api.eventsAfter(before);
            assertEquals(1, events.stream().filter(e -> "score_set.published".equals(e.get("type"))).count());
            experiment = responses.get(0).path("experimentUrn");
        }
    }

    @Test
    void aRetryAfterALostResponseReplaysAndCreatesNothingNew() throws Exception {
        String user = Api.newUser();
        String key = newKey();
        String title = "Lost response " + key;
        long before = Api.lastEventId();
        String body = "{\"title\":\"" + title + "\",\"shortDescription\":\"s\"}";
        // send the POST, let the server commit it, and reset the connection without reading the response
        try (Socket socket = new Socket(baseUrl.getHost(), baseUrl.getPort())) {
            OutputStream out = socket.getOutputStream();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(("POST /api/v1/experiments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-API-Key: " + user + "\r\n" + KEY_HEADER + ": " + key + "\r\nContent-Length: " + bytes.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            for (int attempt = 0; attempt < 100 && eventsWithTitle(before, title) == 0; attempt++) {
                Thread.sleep(100);
            }
            socket.setSoLinger(true, 0);
        }
        assertEquals(1, eventsWithTitle(before, title), "the first request committed; only its response was lost");
        as(user).header(KEY_HEADER, key).body(body).post("/api/v1/experiments").then().statusCode(201)
                .header(REPLAYED, "true").header("Location", notNullValue());
        assertEquals(1, eventsWithTitle(before, title));
        assertEquals(1, experimentsWithTitle(title));
    }

    @Test
    void aFailedAttemptLeavesTheKeyFree() {
        String user = Api.newUser();
        String experiment = Api.newExperiment(user);
        String draft = Api.newScoreSet(user, experiment);
        String key = newKey();
        // fails inside its transaction (no variants yet): nothing is recorded
        as(user).header(KEY_HEADER, key).post("/api/v1/score-sets/{urn}/publish", draft).then().statusCode(409);
        Api.uploadCsv(user, draft, Api.SMALL_CSV).statusCode(200);
        as(user).header(KEY_HEADER, key).post("/api/v1/score-sets/{urn}/publish", draft).then().statusCode(200)
                .header(REPLAYED, nullValue());

        // a score set may be superseded once: the loser of that rule keeps its key free too
        String published = Api.publish(user, Api.draftWithVariants(user, experiment));
        String experimentUrn = as(user).get("/api/v1/score-sets/{urn}", published).then().extract().path("experimentUrn");
        Map<String, Object> next = new HashMap<>(Api.scoreSetBody(experimentUrn, "Next"));
        next.put("supersededScoreSetUrn", published);
        String first = as(user).body(next).post("/api/v1/score-sets").then().statusCode(201).extract().path("urn");
        String retryKey = newKey();
        as(user).header(KEY_HEADER, retryKey).body(next).post("/api/v1/score-sets").then().statusCode(409);
        as(user).delete("/api/v1/score-sets/{urn}", first).then().statusCode(204);
        as(user).header(KEY_HEADER, retryKey).body(next).post("/api/v1/score-sets").then().statusCode(201)
                .header(REPLAYED, nullValue());
    }

    @Test
    void aDuplicateOfARequestStillRunningGets409WithRetryAfter() throws Exception {
        String username = "w" + UUID.randomUUID().toString().substring(0, 8);
        String user = as(ADMIN_KEY).body(Map.of("username", username, "displayName", "Waiter")).post("/api/v1/users")
                .then().statusCode(201).extract().path("apiKey");
        String key = newKey();
        // another transaction holds the key and has not committed (as a slow first request would)
        try (HeldKeys held = new HeldKeys(dataSource).hold(username, key)) {
            as(user).header(KEY_HEADER, key).body(Api.experimentBody("Waits")).post("/api/v1/experiments").then()
                    .statusCode(409).header("Retry-After", notNullValue()).contentType("application/problem+json");
        }
        // the holder rolled back: the key is free and the request runs
        as(user).header(KEY_HEADER, key).body(Api.experimentBody("Waits")).post("/api/v1/experiments").then()
                .statusCode(201).header(REPLAYED, nullValue());
    }

    @Test
    void thePurgeRemovesOnlyExpiredRecords() throws Exception {
        String user = Api.newUser();
        String expiredKey = newKey();
        String liveKey = newKey();
        as(user).header(KEY_HEADER, expiredKey).body(Api.experimentBody("Expiring")).post("/api/v1/experiments")
                .then().statusCode(201);
        as(user).header(KEY_HEADER, liveKey).body(Api.experimentBody("Staying")).post("/api/v1/experiments")
                .then().statusCode(201);
        sql("update idempotency_records set expires_at = now() - interval '1 second' where idempotency_key = ?", expiredKey);
        assertTrue(purge.purgeExpired() >= 1);
        assertEquals(0, count("select count(*) from idempotency_records where idempotency_key = ?", expiredKey));
        assertEquals(1, count("select count(*) from idempotency_records where idempotency_key = ?", liveKey));
        // an expired key names a new request
        as(user).header(KEY_HEADER, expiredKey).body(Api.experimentBody("Expiring")).post("/api/v1/experiments")
                .then().statusCode(201).header(REPLAYED, nullValue());
        as(user).header(KEY_HEADER, liveKey).body(Api.experimentBody("Staying")).post("/api/v1/experiments")
                .then().statusCode(201).header(REPLAYED, "true");
    }

    @Test
    void recordedResponsesAreNotStoredInTheClear() throws Exception {
        String key = newKey();
        String apiKey = as(ADMIN_KEY).header(KEY_HEADER, key).body(Map.of("username", "s" + UUID.randomUUID().toString()
                .substring(0, 8), "displayName", "Sealed")).post("/api/v1/users").then().statusCode(201).extract().path("apiKey");
        assertEquals(0, count("select count(*) from idempotency_records where idempotency_key = ? "
                + "and position(convert_to(?, 'UTF8') in response_body) > 0", key, apiKey));
    }

    private static long eventsWithTitle(long after, String title) {
        return Api.eventsAfter(after).stream()
                .filter(e -> title.equals(((Map<?, ?>) e.get("payload")).get("title"))).count();
    }

    private long experimentsWithTitle(String title) throws SQLException {
        return count("select count(*) from experiments where title = ?", title);
    }

    private long count(String query, String... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void sql(String statement, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, parameter);
            s.executeUpdate();
        }
    }
}
