package org.mavedb.registry.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mavedb.registry.support.Api.ADMIN_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/**
 * API.md §6, walked from the service's own OpenAPI document: for every operation that takes a JSON
 * body, every string field the document declares (nested objects, list items and map keys
 * included) is sent U+0000, a lone surrogate, a value one past its {@code maxLength} and a value of
 * another JSON type; every string path and query parameter is sent U+0000. Each must be a 4xx
 * problem+json (never a 500), the text cases must name the field, and nothing may change (every
 * change appends an event, so the event log must not grow). A new operation with a JSON body fails
 * this test until it has a valid base body below.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "@@hostile@@";
    private static final Map<String, String> TEXT_ATTACKS = Map.of("U+0000", "a\\u0000b", "a lone surrogate", "a\\ud800b");

    private String key;
    private String experiment;
    private String draft;

    @BeforeEach
    void fixtures() {
        if (key == null) {
            key = Api.newUser();
            experiment = Api.newExperiment(key);
            draft = Api.newScoreSet(key, experiment);
        }
    }

    /** A valid request of each operation with a JSON body: who sends it, where, and a body that alone would succeed. */
    private record Base(String apiKey, String path, String mediaType, String body) {}

    private Map<String, Base> bases() {
        String search = "{\"text\": \"x\", \"targets\": [\"BRCA1\"], \"targetOrganismNames\": [\"Homo sapiens\"], "
                + "\"targetTypes\": [\"protein_coding\"], \"keywords\": [\"kw\"], \"lineage\": \"collapsed\", \"limit\": 10, \"offset\": 0}";
        String metadata = "\"title\": \"T\", \"shortDescription\": \"S\", \"abstractText\": \"A\", \"methodText\": \"M\", \"keywords\": [\"k\"], "
                + "\"license\": \"CC0-1.0\", \"publicationIdentifiers\": [{\"dbName\": \"DOI\", \"identifier\": \"10.1000/x\"}]";
        String patch = "{" + metadata + "}";
        return Map.ofEntries(
                Map.entry("createUser", new Base(ADMIN_KEY, "/api/v1/users", "application/json",
                        "{\"username\": \"hostile-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "\", \"displayName\": \"D\"}")),
                Map.entry("createExperiment", new Base(key, "/api/v1/experiments", "application/json", "{" + metadata + "}")),
                Map.entry("updateExperiment", new Base(key, "/api/v1/experiments/" + experiment, "application/merge-patch+json", patch)),
                Map.entry("createScoreSet", new Base(key, "/api/v1/score-sets", "application/json", "{" + metadata
                        + ", \"experimentUrn\": \"" + experiment + "\", \"targetGenes\": [{\"name\": \"G\", "
                        + "\"category\": \"protein_coding\", \"organism\": \"Homo sapiens\", \"label\": \"G\", "
                        + "\"externalIdentifiers\": [{\"dbName\": \"UniProt\", \"identifier\": \"P38398\", \"offset\": 0}], "
                        + "\"sequence\": {\"sequence\": \"ATG\", \"sequenceType\": \"dna\"}}]}")),
                Map.entry("updateScoreSet", new Base(key, "/api/v1/score-sets/" + draft, "application/merge-patch+json", patch)),
                Map.entry("uploadVariants", new Base(key, "/api/v1/score-sets/" + draft + "/variants", "application/json",
                        "{\"variants\": [{\"hgvsNt\": \"c.1A>G\", \"hgvsPro\": \"p.Met1Val\", \"score\": 0.5, \"data\": {\"se\": 0.1, \"note\": \"t\"}}]}")),
                Map.entry("searchScoreSets", new Base(null, "/api/v1/score-sets/search", "application/json", search)),
                Map.entry("searchMyScoreSets", new Base(key, "/api/v1/me/score-sets/search", "application/json", search)),
                Map.entry("getScoreSetFilterOptions", new Base(null, "/api/v1/score-sets/search/filter-options", "application/json", search)),
                Map.entry("searchTargetGenes", new Base(null, "/api/v1/target-genes/search", "application/json",
                        "{\"text\": \"x\", \"lineage\": \"expanded\"}")),
                Map.entry("searchMyTargetGenes", new Base(key, "/api/v1/me/target-genes/search", "application/json",
                        "{\"text\": \"x\", \"lineage\": \"expanded\"}")),
                Map.entry("searchVariants", new Base(null, "/api/v1/variants/search", "application/json",
                        "{\"hgvs\": \"c.1A>G\", \"scoreSetUrns\": [\"urn:mavedb:00000001-a-1\"], \"lineage\": \"expanded\"}")));
    }

    @Test
    void everyStringFieldOfEveryJsonBodyRefusesHostileValuesAndChangesNothing() throws Exception {
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Map<String, Base> bases = bases();
        int cases = 0;
        for (var path : iterable(document.get("paths").fields())) {
            for (var operation : iterable(path.getValue().fields())) {
                JsonNode content = operation.getValue().path("requestBody").path("content");
                JsonNode schema = content.path("application/json").path("schema");
                if (schema.isMissingNode()) {
                    schema = content.path("application/merge-patch+json").path("schema");
                }
                if (schema.isMissingNode()) {
                    continue;
                }
                String id = operation.getValue().get("operationId").asText();
                Base base = bases.get(id);
                assertNotNull(base, "no base body for " + id + ": add one so that its fields are attacked too");
                int status = request(base).body(base.body()).request(operation.getKey(), base.path()).statusCode();
                assertEquals(2, status / 100, "the base body of " + id + " succeeds on its own (" + status + ")");
                long events = Api.lastEventId();
                for (Field field : stringFields(document, schema, JSON.readTree(base.body()), new ArrayList<>(), null)) {
                    cases += attack(operation.getKey(), id, base, field);
                }
                assertEquals(events, Api.lastEventId(), "no attack on " + id + " changed anything");
            }
        }
        assertTrue(cases > 100, "attacked " + cases + " field cases");
    }

    private int attack(String method, String id, Base base, Field field) throws Exception {
        List<Object> path = field.path();
        String where = id + " " + render(path);
        int sent = 0;
        boolean isKey = path.get(path.size() - 1) instanceof MapKey;
        for (var text : TEXT_ATTACKS.entrySet()) {
            Response response = send(method, base, path, TextNode.valueOf(MARKER), text.getValue());
            assertProblem(response, 400, where + " with " + text.getKey());
            if (isKey && text.getValue().contains("\\ud800") && response.jsonPath().getList("errors") == null) {
                continue; // Jackson's parser refuses an unpaired surrogate in an object key itself: malformed JSON, no field yet
            }
            String named = render(path);
            assertTrue(response.jsonPath().getList("errors.field", String.class).stream().anyMatch(f -> f.startsWith(named)),
                    where + " with " + text.getKey() + ": the problem names the field; it said " + response.asString());
            sent++;
        }
        if (isKey) {
            return sent;
        }
        assertProblem(send(method, base, path, IntNode.valueOf(12345), null), 400, where + " with a number");
        sent++;
        if (field.maxLength() != null) {
            assertProblem(send(method, base, path, TextNode.valueOf("x".repeat(field.maxLength() + 1)), null), 400,
                    where + " one past maxLength");
            sent++;
        }
        return sent;
    }

    private Response send(String method, Base base, List<Object> path, JsonNode value, String markerAs) throws Exception {
        String text = JSON.writeValueAsString(set(JSON.readTree(base.body()), path, value));
        if (markerAs != null) {
            text = text.replace(MARKER, markerAs);
        }
        return request(base).body(text).request(method, base.path());
    }

    private RequestSpecification request(Base base) {
        RequestSpecification spec = given().contentType(base.mediaType());
        return base.apiKey() == null ? spec : spec.header("X-API-Key", base.apiKey());
    }

    @Test
    void everyStringParameterRefusesU0000() {
        long events = Api.lastEventId();
        List<String> paths = List.of("/api/v1/users/a%00b", "/api/v1/score-sets/tmp%3Aa%00b", "/api/v1/experiments/a%00b",
                "/api/v1/variants/a%00b", "/api/v1/score-sets/a%00b/variants", "/api/v1/score-sets/a%00b/lineage",
                "/api/v1/experiments/a%00b/score-sets", "/api/v1/score-sets/recently-published?lineage=a%00b",
                "/api/v1/target-genes?limit=1%00", "/api/v1/target-genes?offset=%00", "/api/v1/target-genes?a%00b=1");
        for (String path : paths) {
            Response response = given().header("X-API-Key", key).urlEncodingEnabled(false).get(path);
            assertProblem(response, 400, "GET " + path);
        }
        assertProblem(given().header("X-API-Key", key).urlEncodingEnabled(false).contentType("application/json").body("{}")
                .post("/api/v1/score-sets/search?lineage=%00"), 400, "search with lineage=%00");
        assertEquals(events, Api.lastEventId());
    }

    @Test
    void nonFiniteNumbersAreRefusedInScoresAndDataAndNothingIsStored() {
        long events = Api.lastEventId();
        List<String> values = List.of("\"NaN\"", "\"Infinity\"", "\"-INF\"", "1e400", "-1e400", "1" + "0".repeat(400), "NaN");
        for (String value : values) {
            for (String variant : List.of("{\"hgvsNt\": \"c.1A>G\", \"score\": " + value + "}",
                    "{\"hgvsNt\": \"c.1A>G\", \"score\": 1, \"data\": {\"se\": " + value + "}}")) {
                Response response = given().header("X-API-Key", key).contentType("application/json")
                        .body("{\"variants\": [" + variant + "]}").post("/api/v1/score-sets/{urn}/variants", draft);
                assertProblem(response, 400, variant);
            }
        }
        assertEquals(events, Api.lastEventId());
    }

    @Test
    void malformedJsonIs400EvenWhenAPrefixParses() {
        long events = Api.lastEventId();
        String valid = "{\"title\": \"T\", \"shortDescription\": \"S\"}";
        for (String body : List.of(valid + " xx", valid + " {}", valid + "]",
                "{\"title\": \"T\", \"title\": \"U\", \"shortDescription\": \"S\"}")) {
            assertProblem(given().header("X-API-Key", key).contentType("application/json").body(body).post("/api/v1/experiments"),
                    400, body);
            assertProblem(given().header("X-API-Key", key).contentType("application/merge-patch+json").body(body)
                    .patch("/api/v1/experiments/{urn}", experiment), 400, "PATCH " + body);
        }
        assertProblem(given().contentType("application/json").body("{} xx").post("/api/v1/score-sets/search"), 400, "search");
        assertEquals(events, Api.lastEventId());
    }

    @Test
    void unknownFieldsAre400NamingTheField() {
        long events = Api.lastEventId();
        Response response = given().header("X-API-Key", key).contentType("application/json")
                .body("{\"title\": \"T\", \"shortDescription\": \"S\", \"licence\": \"CC0-1.0\"}").post("/api/v1/experiments");
        assertProblem(response, 400, "create with a misspelt field");
        assertEquals(List.of("licence"), response.jsonPath().getList("errors.field"));
        response = given().contentType("application/json").body("{\"tetx\": \"BRCA1\"}").post("/api/v1/score-sets/search");
        assertProblem(response, 400, "search with a misspelt filter");
        assertEquals(List.of("tetx"), response.jsonPath().getList("errors.field"));
        response = given().header("X-API-Key", key).contentType("application/json").body("{\"variants\": [{\"hgvsNt\": \"c.1A>G\", "
                + "\"score\": 1, \"scroe\": 2}]}").post("/api/v1/score-sets/{urn}/variants", draft);
        assertProblem(response, 400, "upload with a misspelt field");
        assertEquals(List.of("variants[0].scroe"), response.jsonPath().getList("errors.field"));
        assertEquals(events, Api.lastEventId());
    }

    @Test
    void aBodyWithoutContentTypeIs415AfterAuthentication() throws Exception {
        long events = Api.lastEventId();
        byte[] body = "{\"title\": \"T\", \"shortDescription\": \"S\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(415, rawRequest("POST", "/api/v1/experiments", key, body));
        assertEquals(415, rawRequest("PATCH", "/api/v1/experiments/" + experiment, key, body));
        assertEquals(415, rawRequest("POST", "/api/v1/score-sets/" + draft + "/variants", key,
                "hgvs_nt,score\nc.1A>G,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(415, rawRequest("POST", "/api/v1/score-sets/search", null, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(401, rawRequest("POST", "/api/v1/experiments", null, body), "no key comes before no Content-Type");
        assertEquals(400, rawRequest("POST", "/api/v1/score-sets/" + draft + "/variants", key, new byte[0]), "no body at all");
        assertEquals(200, rawRequest("POST", "/api/v1/score-sets/search", null, new byte[0]), "a search without a body is valid");
        assertEquals(events, Api.lastEventId());
    }

    /** Sends exactly the headers given: unlike REST Assured, java.net.http adds no Content-Type of its own. */
    private static int rawRequest(String method, String path, String apiKey, byte[] body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                + io.restassured.RestAssured.port + path)).method(method, java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        var response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0],
                    method + " " + path);
        }
        return response.statusCode();
    }

    @Test
    void chunkedJsonBodiesPastTheLimitAre413() {
        long events = Api.lastEventId();
        String big = "{\"title\": \"T\", \"shortDescription\": \"S\", \"abstractText\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        Response create = given().header("X-API-Key", key).contentType("application/json")
                .body(new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))).post("/api/v1/experiments");
        assertProblem(create, 413, "a 5 MiB chunked create");
        String search = "{\"text\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        assertProblem(given().contentType("application/json")
                .body(new java.io.ByteArrayInputStream(search.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .post("/api/v1/score-sets/search"), 413, "a 5 MiB chunked search");
        assertEquals(events, Api.lastEventId());
    }

    @Test
    void aMethodAPathLacksIs405WithTheMethodsItHasAndOptionsNamesExactlyThose() {
        Response put = given().contentType("application/json").body("{}").put("/api/v1/score-sets/search");
        assertProblem(put, 405, "PUT on a search");
        assertEquals("OPTIONS, POST", put.header("Allow"));
        Response delete = given().header("X-API-Key", key).delete("/api/v1/experiments/{urn}", experiment);
        assertProblem(delete, 405, "DELETE on an experiment");
        assertEquals("GET, HEAD, OPTIONS, PATCH", delete.header("Allow"));
        assertEquals("DELETE, GET, HEAD, OPTIONS, PATCH", given().options("/api/v1/score-sets/{urn}", draft).then()
                .statusCode(204).extract().header("Allow"));
        assertEquals("GET, HEAD, OPTIONS, POST", given().options("/api/v1/score-sets/{urn}/variants", draft).then()
                .statusCode(204).extract().header("Allow"));
        assertEquals("OPTIONS, POST", given().options("/api/v1/score-sets/search").then().statusCode(204).extract().header("Allow"));
        assertProblem(given().options("/api/v1/no-such-thing"), 404, "OPTIONS on no path");
    }

    @Test
    void anOverlongRequestLineOrOversizedHeadersAreProblemsToo() {
        assertProblem(given().get("/api/v1/target-genes?x=" + "a".repeat(10_000)), 414, "a 10,000-character query");
        assertProblem(given().header("X-Padding", "a".repeat(30_000)).get("/api/v1/target-genes"), 431, "30 kB of headers");
        given().get("/api/v1/target-genes?limit=1&x=" + "a".repeat(4_000)).then().statusCode(200);
    }

    @Test
    void queryNumbersAreAsciiDigitsAndEmptyValuesAreNotDefaults() {
        for (String query : List.of("limit=%EF%BC%95", "offset=%EF%BC%91", "limit=", "offset=", "lineage=", "limit=+5", "limit=5.0")) {
            assertProblem(given().urlEncodingEnabled(false).get("/api/v1/score-sets/recently-published?" + query), 400, query);
        }
        given().get("/api/v1/score-sets/recently-published?limit=5&offset=0&lineage=expanded").then().statusCode(200);
    }

    private static void assertProblem(Response response, int status, String what) {
        assertEquals(status, response.statusCode(), what + ": " + response.asString());
        assertEquals("application/problem+json", response.contentType().split(";")[0], what);
    }

    // --- the document's string fields ---------------------------------------------------------

    /** A map key, as a field path element. */
    private record MapKey() {}

    /** A string the schema declares: where it is in the body, and its {@code maxLength} if it has one. */
    private record Field(List<Object> path, Integer maxLength) {}

    /** Every string the schema declares (property names, list index 0, map keys), following the base body's shape. */
    private static List<Field> stringFields(JsonNode document, JsonNode schema, JsonNode base, List<Object> at, Integer maxLength) {
        List<Field> found = new ArrayList<>();
        schema = resolve(document, schema);
        if (isType(schema, "string")) {
            found.add(new Field(List.copyOf(at), schema.has("maxLength") ? Integer.valueOf(schema.get("maxLength").asInt()) : maxLength));
        } else if (isType(schema, "array") && base != null && base.isArray() && !base.isEmpty()) {
            at.add(0);
            found.addAll(stringFields(document, schema.get("items"), base.get(0), at, null));
            at.remove(at.size() - 1);
        } else if (schema.has("properties")) {
            for (var property : iterable(schema.get("properties").fields())) {
                if (base != null && base.has(property.getKey())) {
                    at.add(property.getKey());
                    found.addAll(stringFields(document, property.getValue(), base.get(property.getKey()), at, null));
                    at.remove(at.size() - 1);
                }
            }
        } else if (schema.has("additionalProperties") && base != null && base.isObject()) {
            at.add(new MapKey());
            found.add(new Field(List.copyOf(at), null));
            at.remove(at.size() - 1);
        }
        return found;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        while (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            schema = document.get("components").get("schemas").get(name);
        }
        return schema;
    }

    private static boolean isType(JsonNode schema, String type) {
        JsonNode declared = schema.get("type");
        if (declared == null) {
            return false;
        }
        if (declared.isArray()) {
            for (JsonNode t : declared) {
                if (t.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return declared.asText().equals(type);
    }

    /** The body with the value at the path (a map key path adds an entry whose key is the value). */
    private static JsonNode set(JsonNode body, List<Object> path, JsonNode value) {
        JsonNode node = body;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof MapKey) {
            ((ObjectNode) node).put(value.asText(), 1);
        } else if (last instanceof Integer index) {
            ((ArrayNode) node).set(index, value);
        } else {
            ((ObjectNode) node).set((String) last, value);
        }
        return body;
    }

    private static String render(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else if (!(step instanceof MapKey)) {
                out.append(out.isEmpty() ? "" : ".").append(step);
            }
        }
        return out.toString();
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
