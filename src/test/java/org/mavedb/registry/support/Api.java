package org.mavedb.registry.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds test fixtures through the public HTTP API only, exactly as a client would. */
public final class Api {

    public static final String ADMIN_KEY = "test-admin-key";

    private Api() {
    }

    public static RequestSpecification as(String apiKey) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return apiKey == null ? spec : spec.header("X-API-Key", apiKey);
    }

    public static RequestSpecification anonymous() {
        return as(null);
    }

    /** A new user; returns their API key. */
    public static String newUser() {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 12);
        return as(ADMIN_KEY).body(Map.of("username", username, "displayName", "Test " + username))
                .post("/api/v1/users").then().statusCode(201).extract().path("apiKey");
    }

    public static String newExperiment(String apiKey) {
        return as(apiKey).body(experimentBody("An experiment"))
                .post("/api/v1/experiments").then().statusCode(201).extract().path("urn");
    }

    public static Map<String, Object> experimentBody(String title) {
        return Map.of("title", title, "shortDescription", "Short description of " + title,
                "abstractText", "Abstract", "methodText", "Method", "keywords", List.of("saturation", "DMS"));
    }

    public static Map<String, Object> scoreSetBody(String experimentUrn, String title) {
        return Map.of("experimentUrn", experimentUrn, "title", title, "shortDescription", "About " + title,
                "keywords", List.of("kw"), "license", "CC-BY-4.0",
                "targetGenes", List.of(Map.of("name", "BRCA1", "category", "protein_coding", "organism", "Homo sapiens",
                        "sequence", Map.of("sequence", "ATGGATTTA", "sequenceType", "dna"))));
    }

    public static String newScoreSet(String apiKey, String experimentUrn) {
        return as(apiKey).body(scoreSetBody(experimentUrn, "A score set"))
                .post("/api/v1/score-sets").then().statusCode(201).extract().path("urn");
    }

    public static ValidatableResponse uploadCsv(String apiKey, String scoreSetUrn, String csv) {
        return as(apiKey).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/score-sets/{urn}/variants", scoreSetUrn).then();
    }

    /**
     * A nucleotide-only scores file of n distinct variants that agree with {@link #scoreSetBody}'s
     * target: intronic substitutions after its last base ({@code n.9+1A>G}, {@code n.9+2A>G}, ...),
     * which MAVE-HGVS allows at any offset, each with a score.
     */
    public static String distinctCsvRows(int n) {
        StringBuilder csv = new StringBuilder("hgvs_nt,score\n");
        for (int i = 1; i <= n; i++) {
            csv.append("n.9+").append(i).append("A>G,").append(i % 7).append('\n');
        }
        return csv.toString();
    }

    public static final String SMALL_CSV = "hgvs_nt,hgvs_pro,score\nc.1A>G,p.Met1Val,0.5\nc.2T>C,p.Met1Thr,-1.25\n";

    /** A draft with two variants, ready to publish. */
    public static String draftWithVariants(String apiKey, String experimentUrn) {
        String urn = newScoreSet(apiKey, experimentUrn);
        uploadCsv(apiKey, urn, SMALL_CSV).statusCode(200);
        return urn;
    }

    public static String publish(String apiKey, String scoreSetUrn) {
        return as(apiKey).post("/api/v1/score-sets/{urn}/publish", scoreSetUrn)
                .then().statusCode(200).extract().path("urn");
    }

    /** The id of the newest outbox event (0 when there is none). */
    public static long lastEventId() {
        long last = 0;
        List<Integer> ids = eventsAfter(0).stream().map(e -> (Integer) e.get("id")).toList();
        while (!ids.isEmpty()) {
            last = ids.get(ids.size() - 1);
            ids = eventsAfter(last).stream().map(e -> (Integer) e.get("id")).toList();
        }
        return last;
    }

    /** Up to 1000 outbox events after the given id, oldest first. */
    public static List<Map<String, Object>> eventsAfter(long id) {
        return as(ADMIN_KEY).queryParam("after", id).queryParam("limit", 1000).get("/api/v1/events")
                .then().statusCode(200).extract().path("events");
    }

    /** A published score set in a new experiment. */
    public static String publishedScoreSet(String apiKey) {
        return publish(apiKey, draftWithVariants(apiKey, newExperiment(apiKey)));
    }
}
