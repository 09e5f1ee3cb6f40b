package org.mavedb.registry.lineage;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mavedb.registry.support.Api.ADMIN_KEY;
import static org.mavedb.registry.support.Api.anonymous;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mavedb.registry.support.Api;
import org.mavedb.registry.support.Race;

/**
 * API.md §3 on one fixture of chains, for every discovery endpoint × lineage mode × caller:
 * <pre>
 *   alice's experiment:  A1                  (length 1)
 *                        B1 ← B2             (published)
 *                        C1 ← C2 ← C3        (C3 is alice's draft)
 *                        D1 ← D2 ← D3 ← D4   (length 4)
 *                        G1                  (alice's draft, no chain)
 *   bob's experiment:    F1 ← F2             (F2 is bob's draft: another user's draft for alice)
 * </pre>
 * Every score set has one target gene named {@link #tag} (several chains share a target name),
 * organism and keyword derived from it, so each query can be scoped to this fixture.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineageTest {

    private static final String HGVS = "n.1A>G";

    private String tag;
    private String alice;
    private String bob;
    private String aliceExperiment;
    private String bobExperiment;
    /** Fixture name (A1, C3, …) → urn. */
    private final Map<String, String> urn = new LinkedHashMap<>();

    private void ensureFixtures() {
        if (tag != null) {
            return;
        }
        tag = "LIN" + UUID.randomUUID().toString().substring(0, 8);
        alice = Api.newUser();
        bob = Api.newUser();
        aliceExperiment = Api.newExperiment(alice);
        bobExperiment = Api.newExperiment(bob);
        published(alice, aliceExperiment, "A1", null);
        published(alice, aliceExperiment, "B1", null);
        published(alice, aliceExperiment, "B2", "B1");
        published(alice, aliceExperiment, "C1", null);
        published(alice, aliceExperiment, "C2", "C1");
        published(alice, aliceExperiment, "D1", null);
        published(alice, aliceExperiment, "D2", "D1");
        published(alice, aliceExperiment, "D3", "D2");
        published(alice, aliceExperiment, "D4", "D3");
        published(bob, bobExperiment, "F1", null);
        draft(alice, aliceExperiment, "C3", "C2");
        draft(alice, aliceExperiment, "G1", null);
        draft(bob, bobExperiment, "F2", "F1");
    }

    private void draft(String key, String experiment, String name, String supersedes) {
        Map<String, Object> body = new HashMap<>(Map.of("experimentUrn", experiment, "title", tag + " " + name,
                "shortDescription", "Fixture " + name, "keywords", List.of(tag), "license", "CC0-1.0",
                "targetGenes", List.of(Map.of("name", tag, "category", "protein_coding", "organism", "Org " + tag,
                        "sequence", Map.of("sequence", "ATGGATTTA", "sequenceType", "dna")))));
        if (supersedes != null) {
            body.put("supersededScoreSetUrn", urn.get(supersedes));
        }
        String created = as(key).body(body).post("/api/v1/score-sets").then().statusCode(201).extract().path("urn");
        Api.uploadCsv(key, created, "hgvs_nt,score\n" + HGVS + ",1.0\nn.2T>C,2.0\n").statusCode(200);
        urn.put(name, created);
    }

    private void published(String key, String experiment, String name, String supersedes) {
        draft(key, experiment, name, supersedes);
        urn.put(name, Api.publish(key, urn.get(name)));
    }

    private List<String> urns(String... names) {
        return Arrays.stream(names).map(urn::get).toList();
    }

    private List<String> fixtureNames(List<String> urns) {
        Map<String, String> nameOf = urn.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return urns.stream().map(u -> nameOf.getOrDefault(u, "foreign:" + u)).toList();
    }

    private JsonPath post(String key, String path, Object body, String lineage) {
        var request = as(key).body(body);
        if (lineage != null) {
            request.queryParam("lineage", lineage);
        }
        return request.post(path).then().statusCode(200).extract().jsonPath();
    }

    /** Score set names (newest first) of a search scoped to this fixture. */
    private List<String> search(String key, String path, String lineage) {
        JsonPath result = post(key, path, Map.of("targets", List.of(tag)), lineage);
        List<String> found = fixtureNames(result.getList("scoreSets.urn"));
        assertEquals(found.size(), result.getInt("numScoreSets"));
        return found;
    }

    @Test
    void publicSearchShowsLatestPublishedMemberOfEachChainToEveryCaller() {
        ensureFixtures();
        for (String key : new String[] {null, alice, bob, ADMIN_KEY}) {
            assertEquals(List.of("F1", "D4", "C2", "B2", "A1"), search(key, "/api/v1/score-sets/search", null));
            assertEquals(List.of("F1", "D4", "C2", "B2", "A1"), search(key, "/api/v1/score-sets/search", "collapsed"));
            assertEquals(List.of("F1", "D4", "D3", "D2", "D1", "C2", "C1", "B2", "B1", "A1"),
                    search(key, "/api/v1/score-sets/search", "expanded"));
        }
    }

    /** A listed score set names its neighbours in the chain as its own representation does. */
    @Test
    void listedScoreSetsNameTheScoreSetsTheySupersedeAndThatSupersedeThem() {
        ensureFixtures();
        JsonPath expanded = post(alice, "/api/v1/me/score-sets/search", Map.of("targets", List.of(tag)), "expanded");
        List<Map<String, Object>> listed = expanded.getList("scoreSets");
        assertEquals(11, listed.size());
        for (Map<String, Object> scoreSet : listed) {
            JsonPath own = as(alice).get("/api/v1/score-sets/{urn}", scoreSet.get("urn")).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(own.getString("supersededScoreSetUrn"), scoreSet.get("supersededScoreSetUrn"), "of " + scoreSet.get("urn"));
            assertEquals(own.getString("supersedingScoreSetUrn"), scoreSet.get("supersedingScoreSetUrn"), "of " + scoreSet.get("urn"));
        }
        Map<String, Object> d3 = listed.stream().filter(s -> urn.get("D3").equals(s.get("urn"))).findFirst().orElseThrow();
        assertEquals(urn.get("D2"), d3.get("supersededScoreSetUrn"));
        assertEquals(urn.get("D4"), d3.get("supersedingScoreSetUrn"));
    }

    @Test
    void publicSearchIsByteIdenticalForEveryCaller() {
        ensureFixtures();
        for (String lineage : new String[] {"collapsed", "expanded"}) {
            String anonymousBody = as(null).body(Map.of("targets", List.of(tag), "lineage", lineage))
                    .post("/api/v1/score-sets/search").then().statusCode(200).extract().asString();
            for (String key : new String[] {alice, bob, ADMIN_KEY}) {
                String body = as(key).body(Map.of("targets", List.of(tag), "lineage", lineage))
                        .post("/api/v1/score-sets/search").then().statusCode(200).extract().asString();
                assertEquals(anonymousBody, body, "public search must not depend on the caller (" + lineage + ")");
            }
        }
        // alice's draft C3 supersedes C2, but the public view does not see it
        JsonPath expanded = post(alice, "/api/v1/score-sets/search", Map.of("targets", List.of(tag)), "expanded");
        assertEquals(null, supersedingOf(expanded, "C2"));
        assertEquals(urn.get("C2"), supersedingOf(expanded, "C1"));
    }

    private String supersedingOf(JsonPath result, String name) {
        return result.getString("scoreSets.find { it.urn == '" + urn.get(name) + "' }.supersedingScoreSetUrn");
    }

    @Test
    void mySearchCountsMyOwnDraftSuperseders() {
        ensureFixtures();
        // drafts sort by modification date (G1 was changed last), published score sets by publication date
        assertEquals(List.of("G1", "C3", "D4", "B2", "A1"), search(alice, "/api/v1/me/score-sets/search", null));
        assertEquals(List.of("G1", "C3", "D4", "D3", "D2", "D1", "C2", "C1", "B2", "B1", "A1"),
                search(alice, "/api/v1/me/score-sets/search", "expanded"));
        assertEquals(List.of("F2"), search(bob, "/api/v1/me/score-sets/search", "collapsed"));
        assertEquals(List.of("F2", "F1"), search(bob, "/api/v1/me/score-sets/search", "expanded"));
        // the admin owns none of these; /me is about the caller's own score sets
        assertEquals(List.of(), search(ADMIN_KEY, "/api/v1/me/score-sets/search", "expanded"));
        as(null).body(Map.of()).post("/api/v1/me/score-sets/search").then().statusCode(401)
                .contentType("application/problem+json");
        // in the /me view the draft superseder is shown
        JsonPath mine = post(alice, "/api/v1/me/score-sets/search", Map.of("targets", List.of(tag)), "expanded");
        assertEquals(urn.get("C3"), supersedingOf(mine, "C2"));
    }

    @Test
    void filterOptionsCountOverTheLineageResolvedResult() {
        ensureFixtures();
        Map<String, Object> body = Map.of("targets", List.of(tag));
        JsonPath collapsed = post(null, "/api/v1/score-sets/search/filter-options", body, null);
        assertEquals(List.of(Map.of("value", tag, "count", 5)), collapsed.getList("targetGeneNames"));
        assertEquals(List.of(Map.of("value", "Org " + tag, "count", 5)), collapsed.getList("targetOrganismNames"));
        assertEquals(List.of(Map.of("value", "protein_coding", "count", 5)), collapsed.getList("targetGeneCategories"));
        assertEquals(List.of(Map.of("value", tag, "count", 5)), collapsed.getList("keywords"));
        JsonPath expanded = post(alice, "/api/v1/score-sets/search/filter-options", body, "expanded");
        assertEquals(List.of(Map.of("value", tag, "count", 10)), expanded.getList("targetGeneNames"));
        assertEquals(List.of(Map.of("value", tag, "count", 10)), expanded.getList("keywords"));
    }

    @Test
    void recentlyPublishedLeavesOutSupersededScoreSets() {
        ensureFixtures();
        assertEquals(List.of("F1", "D4", "C2", "B2", "A1"), fixtureOnly(pageAll("/api/v1/score-sets/recently-published", null, "scoreSets", "numScoreSets")));
        assertEquals(List.of("F1", "D4", "D3", "D2", "D1", "C2", "C1", "B2", "B1", "A1"),
                fixtureOnly(pageAll("/api/v1/score-sets/recently-published", "expanded", "scoreSets", "numScoreSets")));
    }

    /** Every item of a paged GET endpoint, following limit/offset. */
    private List<Map<String, Object>> pageAll(String path, String lineage, String items, String total) {
        List<Map<String, Object>> all = new ArrayList<>();
        int expected;
        do {
            var request = anonymous().queryParam("limit", 1000).queryParam("offset", all.size());
            if (lineage != null) {
                request.queryParam("lineage", lineage);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            expected = page.getInt(total);
            List<Map<String, Object>> got = page.getList(items);
            all.addAll(got);
            if (got.isEmpty()) {
                break;
            }
        } while (all.size() < expected);
        return all;
    }

    private List<String> fixtureOnly(List<Map<String, Object>> scoreSets) {
        return fixtureNames(scoreSets.stream().map(s -> (String) s.get("urn")).filter(urn::containsValue).toList());
    }

    @Test
    void experimentScoreSetsAreLineageAware() {
        ensureFixtures();
        for (String key : new String[] {null, alice, bob}) {
            assertEquals(List.of("D4", "C2", "B2", "A1"), fixtureNames(as(key)
                    .get("/api/v1/experiments/{urn}/score-sets", aliceExperiment).then().statusCode(200)
                    .body("numScoreSets", equalTo(4)).extract().path("scoreSets.urn")));
            assertEquals(List.of("D4", "D3", "D2", "D1", "C2", "C1", "B2", "B1", "A1"), fixtureNames(as(key)
                    .queryParam("lineage", "expanded").get("/api/v1/experiments/{urn}/score-sets", aliceExperiment)
                    .then().statusCode(200).extract().path("scoreSets.urn")));
        }
        // bob's chain ends in his draft: the public view still shows F1
        assertEquals(List.of("F1"), fixtureNames(as(bob).get("/api/v1/experiments/{urn}/score-sets", bobExperiment)
                .then().statusCode(200).extract().path("scoreSets.urn")));
        // a draft experiment exists only for its creator (and admins), and has no published score sets
        String draftExperiment = Api.newExperiment(alice);
        as(bob).get("/api/v1/experiments/{urn}/score-sets", draftExperiment).then().statusCode(404);
        as(alice).get("/api/v1/experiments/{urn}/score-sets", draftExperiment).then().statusCode(200)
                .body("numScoreSets", equalTo(0));
        as(alice).get("/api/v1/experiments/{urn}/score-sets", "nonsense").then().statusCode(400);
    }

    @Test
    void targetGeneEndpointsFollowTheirScoreSets() {
        ensureFixtures();
        Map<String, Object> body = Map.of("text", tag);
        for (String key : new String[] {null, alice, bob, ADMIN_KEY}) {
            assertEquals(sortedUrns("A1", "B2", "C2", "D4", "F1"), targetScoreSets(post(key, "/api/v1/target-genes/search", body, null)));
            assertEquals(sortedUrns("A1", "B1", "B2", "C1", "C2", "D1", "D2", "D3", "D4", "F1"),
                    targetScoreSets(post(key, "/api/v1/target-genes/search", body, "expanded")));
        }
        assertEquals(sortedUrns("A1", "B2", "C3", "D4", "G1"), targetScoreSets(post(alice, "/api/v1/me/target-genes/search", body, null)));
        assertEquals(sortedUrns("A1", "B1", "B2", "C1", "C2", "C3", "D1", "D2", "D3", "D4", "G1"),
                targetScoreSets(post(alice, "/api/v1/me/target-genes/search", body, "expanded")));
        assertEquals(sortedUrns("F2"), targetScoreSets(post(bob, "/api/v1/me/target-genes/search", body, "collapsed")));
        as(null).body(body).post("/api/v1/me/target-genes/search").then().statusCode(401);

        List<String> listed = pageAll("/api/v1/target-genes", null, "targetGenes", "numTargetGenes").stream()
                .filter(t -> tag.equals(t.get("name"))).map(t -> (String) t.get("scoreSetUrn")).sorted().toList();
        assertEquals(sortedUrns("A1", "B2", "C2", "D4", "F1"), listed);
        List<String> listedExpanded = pageAll("/api/v1/target-genes", "expanded", "targetGenes", "numTargetGenes").stream()
                .filter(t -> tag.equals(t.get("name"))).map(t -> (String) t.get("scoreSetUrn")).sorted().toList();
        assertEquals(sortedUrns("A1", "B1", "B2", "C1", "C2", "D1", "D2", "D3", "D4", "F1"), listedExpanded);
    }

    private List<String> sortedUrns(String... names) {
        return urns(names).stream().sorted().toList();
    }

    private static List<String> targetScoreSets(JsonPath result) {
        List<String> urns = result.getList("targetGenes.scoreSetUrn");
        assertEquals(urns.size(), result.getInt("numTargetGenes"));
        return urns.stream().sorted().toList();
    }

    @Test
    void variantSearchLeavesOutVariantsOfSupersededScoreSets() {
        ensureFixtures();
        Map<String, Object> body = Map.of("hgvs", HGVS, "scoreSetUrns", new ArrayList<>(urn.values()));
        for (String key : new String[] {null, alice, ADMIN_KEY}) {
            JsonPath collapsed = post(key, "/api/v1/variants/search", body, null);
            assertEquals(List.of("F1", "D4", "C2", "B2", "A1"), fixtureNames(collapsed.getList("variants.scoreSetUrn")));
            assertEquals(5, collapsed.getInt("numVariants"));
            assertEquals(urn.get("F1") + "#1", collapsed.getString("variants[0].urn"));
            JsonPath expanded = post(key, "/api/v1/variants/search", body, "expanded");
            assertEquals(List.of("F1", "D4", "D3", "D2", "D1", "C2", "C1", "B2", "B1", "A1"),
                    fixtureNames(expanded.getList("variants.scoreSetUrn")));
        }
        // naming a superseded score set does not bring back its variants in collapsed mode
        assertEquals(0, post(null, "/api/v1/variants/search", Map.of("scoreSetUrns", urns("B1")), null).getInt("numVariants"));
        assertEquals(2, post(null, "/api/v1/variants/search", Map.of("scoreSetUrns", urns("B1")), "expanded").getInt("numVariants"));
        // drafts are never public
        assertEquals(0, post(alice, "/api/v1/variants/search", Map.of("scoreSetUrns", urns("C3", "G1")), "expanded").getInt("numVariants"));
        as(null).body(Map.of("scoreSetUrns", List.of("urn:bogus"))).post("/api/v1/variants/search").then().statusCode(400)
                .body("errors[0].field", equalTo("scoreSetUrns[0]"));
    }

    @Test
    void lineageEndpointReturnsTheVisibleChainOldestFirst() {
        ensureFixtures();
        for (String name : new String[] {"D1", "D3", "D4"}) {
            assertEquals(urns("D1", "D2", "D3", "D4"), anonymous().get("/api/v1/score-sets/{urn}/lineage", urn.get(name))
                    .then().statusCode(200).body("numScoreSets", equalTo(4)).extract().path("scoreSets.urn"));
        }
        assertEquals(urns("C1", "C2", "C3"), as(alice).get("/api/v1/score-sets/{urn}/lineage", urn.get("C1"))
                .then().statusCode(200).extract().path("scoreSets.urn"));
        assertEquals(urns("C1", "C2", "C3"), as(ADMIN_KEY).get("/api/v1/score-sets/{urn}/lineage", urn.get("C2"))
                .then().statusCode(200).extract().path("scoreSets.urn"));
        assertEquals(urns("C1", "C2"), as(bob).get("/api/v1/score-sets/{urn}/lineage", urn.get("C1"))
                .then().statusCode(200).extract().path("scoreSets.urn"));
        as(bob).get("/api/v1/score-sets/{urn}/lineage", urn.get("C3")).then().statusCode(404);
        assertEquals(urns("A1"), anonymous().get("/api/v1/score-sets/{urn}/lineage", urn.get("A1"))
                .then().statusCode(200).extract().path("scoreSets.urn"));
        anonymous().get("/api/v1/score-sets/{urn}/lineage", "bogus").then().statusCode(400);
    }

    @Test
    void singleResourceReadsIgnoreLineage() {
        ensureFixtures();
        anonymous().queryParam("lineage", "collapsed").get("/api/v1/score-sets/{urn}", urn.get("B1")).then().statusCode(200)
                .body("supersedingScoreSetUrn", equalTo(urn.get("B2")));
        as(alice).get("/api/v1/score-sets/{urn}", urn.get("C2")).then().body("supersedingScoreSetUrn", equalTo(urn.get("C3")));
        as(bob).get("/api/v1/score-sets/{urn}", urn.get("C2")).then().body("supersedingScoreSetUrn", nullValue());
        anonymous().get("/api/v1/score-sets/{urn}/variants", urn.get("B1")).then().statusCode(200).body("numVariants", equalTo(2));
        anonymous().get("/api/v1/variants/{urn}", urn.get("B1") + "#1").then().statusCode(200);
    }

    @Test
    void pagingSplitsTheResultWithoutLosingAnything() {
        ensureFixtures();
        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 3) {
            JsonPath page = post(null, "/api/v1/score-sets/search",
                    Map.of("targets", List.of(tag), "lineage", "expanded", "limit", 3, "offset", offset), null);
            assertEquals(10, page.getInt("numScoreSets"));
            pages.addAll(fixtureNames(page.getList("scoreSets.urn")));
        }
        assertEquals(List.of("F1", "D4", "D3", "D2", "D1", "C2", "C1", "B2", "B1", "A1"), pages);
    }

    @Test
    void lineageValuesAreValidated() {
        ensureFixtures();
        Map<String, Object> body = Map.of("targets", List.of(tag));
        as(null).queryParam("lineage", "newest").body(body).post("/api/v1/score-sets/search").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("collapsed, expanded"));
        as(null).body(Map.of("lineage", "newest")).post("/api/v1/score-sets/search").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("collapsed, expanded"));
        as(null).queryParam("lineage", "expanded").body(Map.of("lineage", "collapsed"))
                .post("/api/v1/score-sets/search").then().statusCode(400).body("errors[0].field", equalTo("lineage"));
        as(null).queryParam("lineage", "expanded").body(Map.of("lineage", "expanded", "targets", List.of(tag)))
                .post("/api/v1/score-sets/search").then().statusCode(200).body("numScoreSets", equalTo(10));
        for (String path : new String[] {"/api/v1/score-sets/recently-published", "/api/v1/target-genes",
                "/api/v1/experiments/" + aliceExperiment + "/score-sets"}) {
            anonymous().queryParam("lineage", "COLLAPSED").get(path).then().statusCode(400)
                    .contentType("application/problem+json");
            anonymous().queryParam("limit", "0").get(path).then().statusCode(400);
            anonymous().queryParam("offset", "-1").get(path).then().statusCode(400);
        }
        for (String path : new String[] {"/api/v1/score-sets/search", "/api/v1/me/score-sets/search",
                "/api/v1/score-sets/search/filter-options", "/api/v1/target-genes/search",
                "/api/v1/me/target-genes/search", "/api/v1/variants/search"}) {
            as(alice).queryParam("lineage", "all").body(Map.of()).post(path).then().statusCode(400)
                    .contentType("application/problem+json");
            as(alice).body(Map.of("limit", 1001)).post(path).then().statusCode(400);
            as(alice).body(Map.of("offset", -1)).post(path).then().statusCode(400);
            as(alice).body(Map.of("lineage", 1)).post(path).then().statusCode(400);
            as(alice).post(path).then().statusCode(200);
        }
        as(null).body(Map.of("targetTypes", List.of("enzyme"))).post("/api/v1/score-sets/search").then().statusCode(400);
    }

    @Test
    void textSearchMatchesWordsAndWordPrefixesRankedByWhereTheyOccur() {
        ensureFixtures();
        String token = "TXT" + UUID.randomUUID().toString().substring(0, 8);
        String inTitle = publishedWith(Map.of("title", token + " thermostability of happyish variants"));
        String inAbstract = publishedWith(Map.of("title", "Another assay", "abstractText", "Mentions " + token + " once"));
        assertEquals(2, textHits(token));
        assertEquals(1, textHits(token.toLowerCase() + " THERMOSTAB"), "word prefixes match, case-insensitively");
        assertEquals(1, textHits(token + " variant"), "words are stemmed: variant finds variants");
        assertEquals(1, textHits(token + " variants"), "and variants finds them through its stem, variant");
        assertEquals(0, textHits(token + " thermostability unrelatedword"), "every word must occur");
        assertEquals(1, textHits(token + " happy"), "a word whose stem is no prefix of it (happi) also matches as written");
        assertEquals(0, textHits(token.substring(1)), "text inside a word does not match");
        assertEquals(2, textHits(token + "%"), "punctuation separates words and is no wildcard");
        assertEquals(0, textHits("%"));
        assertEquals(List.of(inAbstract, inTitle), textSearch(token, null), "newest first by default");
        assertEquals(List.of(inTitle, inAbstract), textSearch(token, "relevance"), "a title match ranks first");
        as(null).body(Map.of("text", token, "sort", "best")).post("/api/v1/score-sets/search").then().statusCode(400);
        // keywords and target names are searched too
        assertTrue(textHits(tag) >= 5);
    }

    @Test
    void targetGenesMatchByPrefixWithWildcardsLiteralAndScoreSetsByTheirWords() {
        ensureFixtures();
        String token = "TGT" + UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of(token + "_A%B\\C", token + "xA")) {
            Map<String, Object> body = new HashMap<>(Api.scoreSetBody(aliceExperiment, "Target prefixes"));
            body.put("targetGenes", List.of(Map.of("name", name, "category", "protein_coding", "organism", "Homo sapiens",
                    "sequence", Map.of("sequence", "ATGGATTTA", "sequenceType", "dna"))));
            as(alice).body(body).post("/api/v1/score-sets").then().statusCode(201);
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(token.toLowerCase(), 2);
        expected.put(token + "_", 1);
        expected.put(token + "_a%b\\c", 1);
        expected.put(token + "%", 0);
        expected.put(token + "_A%B\\\\C", 0);
        expected.put(token.substring(1), 0);
        expected.forEach((text, hits) -> assertEquals(hits, post(alice, "/api/v1/me/target-genes/search",
                Map.of("text", text, "lineage", "expanded"), null).getInt("numTargetGenes"), text));
        // score-set text finds target genes by their words (punctuation separates them)
        Map<String, Integer> scoreSetHits = new LinkedHashMap<>();
        scoreSetHits.put(token.toLowerCase(), 2);
        scoreSetHits.put(token + "xA", 1);
        scoreSetHits.put(token + "_B", 1);
        scoreSetHits.put(token.substring(1), 0);
        scoreSetHits.forEach((text, hits) -> assertEquals(hits, post(alice, "/api/v1/me/score-sets/search",
                Map.of("text", text, "lineage", "expanded"), null).getInt("numScoreSets"), text));
    }

    private String publishedWith(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Api.scoreSetBody(aliceExperiment, "untitled"));
        body.putAll(fields);
        String scoreSet = as(alice).body(body).post("/api/v1/score-sets").then().statusCode(201).extract().path("urn");
        Api.uploadCsv(alice, scoreSet, Api.SMALL_CSV).statusCode(200);
        return Api.publish(alice, scoreSet);
    }

    private List<String> textSearch(String text, String sort) {
        Map<String, Object> body = new HashMap<>(Map.of("text", text));
        if (sort != null) {
            body.put("sort", sort);
        }
        return post(null, "/api/v1/score-sets/search", body, null).getList("scoreSets.urn");
    }

    private int textHits(String text) {
        return post(null, "/api/v1/score-sets/search", Map.of("text", text, "lineage", "expanded"), null).getInt("numScoreSets");
    }

    /**
     * Which superseders a view sees is kept on the rows by the schema (V5); this follows one chain
     * through every transition that must move a head, in the public and the owner's view: a draft
     * superseder, its deletion, a new superseder, its publication, and four racing publishes.
     */
    @Test
    void headsMoveExactlyWhenSupersedersComeAndGo() throws Exception {
        String owner = Api.newUser();
        String experiment = Api.newExperiment(owner);
        String target = "HEAD" + UUID.randomUUID().toString().substring(0, 8);
        String first = Api.publish(owner, chainMember(owner, experiment, target, null));
        assertEquals(List.of(first), heads(null, target));
        assertEquals(List.of(first), heads(owner, target));

        String abandoned = chainMember(owner, experiment, target, first);
        assertEquals(List.of(first), heads(null, target), "a draft superseder does not hide its predecessor publicly");
        assertEquals(List.of(abandoned), heads(owner, target), "but does in its owner's view");
        as(owner).delete("/api/v1/score-sets/{urn}", abandoned).then().statusCode(204);
        assertEquals(List.of(first), heads(null, target));
        assertEquals(List.of(first), heads(owner, target));

        String second = Api.publish(owner, chainMember(owner, experiment, target, first));
        assertEquals(List.of(second), heads(null, target));
        assertEquals(List.of(second), heads(owner, target));
        String third = chainMember(owner, experiment, target, second);
        List<Response> publishes;
        try (Race race = new Race(4)) {
            publishes = race.run(Collections.nCopies(4,
                    () -> as(owner).post("/api/v1/score-sets/{urn}/publish", third)));
        }
        assertEquals(List.of(200, 409, 409, 409), publishes.stream().map(Response::statusCode).sorted().toList());
        String thirdPublished = publishes.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("urn");
        assertEquals(List.of(thirdPublished), heads(null, target));
        assertEquals(List.of(thirdPublished), heads(owner, target));
        assertEquals(3, post(null, "/api/v1/score-sets/search", Map.of("targets", List.of(target)), "expanded")
                .getInt("numScoreSets"));
    }

    private String chainMember(String owner, String experiment, String target, String supersedes) {
        Map<String, Object> body = new HashMap<>(Api.scoreSetBody(experiment, target));
        body.put("targetGenes", List.of(Map.of("name", target, "category", "protein_coding", "organism", "Homo sapiens",
                "sequence", Map.of("sequence", "ATGGATTTA", "sequenceType", "dna"))));
        if (supersedes != null) {
            body.put("supersededScoreSetUrn", supersedes);
        }
        String created = as(owner).body(body).post("/api/v1/score-sets").then().statusCode(201).extract().path("urn");
        Api.uploadCsv(owner, created, Api.SMALL_CSV).statusCode(200);
        return created;
    }

    /**
     * Collapsed score-set search for one target: public (owner null) or the owner's /me, that is,
     * the heads of the chain whose members target {@code target}.
     * The target gene search (which reads its score sets' state from V10's copies on each target
     * gene) must find the target genes of exactly those heads, expanded included.
     */
    private List<String> heads(String owner, String target) {
        String path = owner == null ? "/api/v1/score-sets/search" : "/api/v1/me/score-sets/search";
        JsonPath result = post(owner, path, Map.of("targets", List.of(target)), null);
        assertEquals(result.getList("scoreSets").size(), result.getInt("numScoreSets"));
        List<String> heads = result.getList("scoreSets.urn");
        String targetPath = owner == null ? "/api/v1/target-genes/search" : "/api/v1/me/target-genes/search";
        assertEquals(heads.stream().sorted().toList(), targetScoreSets(post(owner, targetPath, Map.of("text", target), null)),
                "target genes of the heads");
        JsonPath expanded = post(owner, path, Map.of("targets", List.of(target)), "expanded");
        assertEquals(expanded.getList("scoreSets.urn").stream().map(String.class::cast).sorted().toList(),
                targetScoreSets(post(owner, targetPath, Map.of("text", target), "expanded")), "target genes of the chain");
        return heads;
    }

    @Test
    void filtersCombine() {
        ensureFixtures();
        assertEquals(5, post(null, "/api/v1/score-sets/search", Map.of("keywords", List.of(tag)), null).getInt("numScoreSets"));
        assertEquals(5, post(null, "/api/v1/score-sets/search", Map.of("targetOrganismNames", List.of("Org " + tag),
                "targetTypes", List.of("protein_coding")), null).getInt("numScoreSets"));
        assertEquals(0, post(null, "/api/v1/score-sets/search", Map.of("targetOrganismNames", List.of("Org " + tag),
                "targetTypes", List.of("regulatory")), null).getInt("numScoreSets"));
        assertEquals(1, post(null, "/api/v1/score-sets/search", Map.of("keywords", List.of(tag),
                "text", tag + " D4"), null).getInt("numScoreSets"));
    }
}
