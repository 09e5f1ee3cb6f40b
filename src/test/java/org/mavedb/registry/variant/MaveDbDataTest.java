package org.mavedb.registry.variant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mavedb.registry.support.Api;

/**
 * MaveDB's own files, as a scientist moving them would upload them: full score downloads of
 * published score sets (with their real targets, from {@code dcd_mave_dat.csv}) and the fixtures
 * of MaveDB's API tests (sequence, accession and multi-target score sets, scores and counts). They
 * are read from {@code ../shared/data/mavedb}, never copied into the project. What is accepted must
 * come back from the download cell for cell; what MaveDB refuses today (legacy variant forms) is
 * refused with the row and column named, and nothing stored.
 */
@QuarkusTest
class MaveDbDataTest {

    static final Path DATA = Path.of("..", "shared", "data", "mavedb");
    private static final Pattern URN_IN_NAME = Pattern.compile("(\\d{8}-[a-z]+-\\d+)");
    private static final List<String> SCORE_COLUMNS = List.of("accession", "hgvs_nt", "hgvs_splice", "hgvs_pro", "score");
    private static final List<String> COUNT_COLUMNS = List.of("accession", "hgvs_nt", "hgvs_splice", "hgvs_pro");
    private static final Set<String> NULL_TOKENS = Set.of("", "na", "nan", "n/a", "none", "null", "nil", "undefined", "-");

    /** The api tests' targets (mavedb-api {@code tests/helpers/constants.py}). */
    private static final Map<String, Object> TEST_SEQUENCE_TARGET = target("TEST1", "protein_coding",
            Map.of("sequence", Map.of("sequence", "ACGTTT", "sequenceType", "dna")));
    private static final Map<String, Object> TEST_ACCESSION_TARGET = target("TEST2", "protein_coding",
            Map.of("accession", "NM_001637.3"));

    private String key;
    private String experiment;

    @BeforeEach
    void owner() {
        key = Api.newUser();
        experiment = Api.newExperiment(key);
    }

    private static Map<String, Object> target(String name, String category, Map<String, Object> reference) {
        Map<String, Object> target = new HashMap<>(reference);
        target.put("name", name);
        target.put("category", category);
        target.put("organism", "Homo sapiens");
        return target;
    }

    private String scoreSet(List<Map<String, Object>> targets, String license) {
        Map<String, Object> body = new HashMap<>(Api.scoreSetBody(experiment, "MaveDB data"));
        body.put("targetGenes", targets);
        if (license == null) {
            body.remove("license");
        } else {
            body.put("license", license);
        }
        return as(key).body(body).post("/api/v1/score-sets").then().statusCode(201).extract().path("urn");
    }

    private ValidatableResponse upload(String urn, String path, byte[] file) {
        return as(key).contentType("text/csv").body(file).post("/api/v1/score-sets/{urn}/" + path, urn).then()
                .log().ifValidationFails();
    }

    private String download(String urn, String path, String accept) {
        return as(key).accept(accept).get("/api/v1/score-sets/{urn}/" + path, urn).then().statusCode(200)
                .contentType(startsWith(accept)).extract().asString();
    }

    /** Every real score set's target, by urn, from dcd_mapping2's table of MaveDB targets. */
    private static Map<String, Map<String, Object>> realTargets() throws IOException {
        List<List<String>> rows = records(Files.readString(DATA.resolve("real/dcd_mave_dat.csv")), ',');
        List<String> header = rows.get(0);
        Map<String, Map<String, Object>> targets = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> cell = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cell.put(header.get(i), row.get(i));
            }
            String category = cell.get("target_type").toLowerCase(Locale.ROOT).replace(' ', '_');
            targets.put(cell.get("urn"), target(cell.get("target"), category, Map.of("sequence", Map.of(
                    "sequence", cell.get("target_sequence"), "sequenceType", cell.get("target_sequence_type")))));
        }
        return targets;
    }

    private static String urnOf(String file) {
        Matcher m = URN_IN_NAME.matcher(file);
        assertTrue(m.find(), file);
        return "urn:mavedb:" + m.group(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dcd_urn_mavedb_00000001-b-2_scores.csv", "dcd_urn_mavedb_00000018-a-1_scores.csv",
            "dcd_urn_mavedb_00000024-a-1_scores.csv", "dcd_urn_mavedb_00000041-a-1_scores.csv",
            "dcd_urn_mavedb_00000068-a-1_scores.csv", "dcd_urn_mavedb_00000093-a-1_scores.csv",
            "dcd_urn_mavedb_00000099-a-1_scores.csv", "dcd_urn_mavedb_00000103-c-1_scores.csv"})
    void realScoreFilesUploadAsTheyAreAndDownloadCellForCell(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(DATA.resolve("real").resolve(file));
        String urn = scoreSet(List.of(realTargets().get(urnOf(file))), "CC-BY-4.0");
        List<List<String>> uploaded = dataRows(new String(bytes, StandardCharsets.UTF_8), ',');
        upload(urn, "scores", bytes).statusCode(200).body("numVariants", equalTo(uploaded.size() - 1));

        List<List<String>> downloaded = records(download(urn, "scores", "text/csv"), ',');
        assertSameCells(uploaded, downloaded, urn, SCORE_COLUMNS);
        String published = Api.publish(key, urn);
        List<List<String>> afterPublish = records(download(published, "scores", "text/tab-separated-values"), '\t');
        assertSameCells(uploaded, afterPublish, published, SCORE_COLUMNS);
    }

    /**
     * The download has MaveDB's columns in MaveDB's order, the uploaded further columns after them,
     * and each uploaded cell: text equal, numbers equal as doubles, every null token as NA.
     */
    private static void assertSameCells(List<List<String>> uploaded, List<List<String>> downloaded, String urn,
            List<String> standard) {
        List<String> header = uploaded.get(0).stream().map(String::trim).toList();
        List<String> further = header.stream().filter(name -> !standard.contains(name.toLowerCase(Locale.ROOT))).toList();
        List<String> expectedHeader = new ArrayList<>(standard);
        expectedHeader.addAll(further);
        assertEquals(expectedHeader, downloaded.get(0));
        assertEquals(uploaded.size(), downloaded.size());
        for (int row = 1; row < uploaded.size(); row++) {
            List<String> out = downloaded.get(row);
            assertEquals(urn + "#" + row, out.get(0));
            for (int column = 1; column < expectedHeader.size(); column++) {
                int in = header.indexOf(expectedHeader.get(column));
                String expected = in < 0 ? "NA" : uploaded.get(row).get(in).trim();
                assertSameCell(expected, out.get(column), "row " + row + ", " + expectedHeader.get(column),
                        !expectedHeader.get(column).equals("score"));
            }
        }
    }

    private static void assertSameCell(String uploaded, String downloaded, String where, boolean keepsIntegers) {
        if (NULL_TOKENS.contains(uploaded.toLowerCase(Locale.ROOT))) {
            assertEquals("NA", downloaded, where);
        } else if (uploaded.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") && !downloaded.equals(uploaded)) {
            assertEquals(Double.parseDouble(uploaded), Double.parseDouble(downloaded), where + ": " + uploaded + " vs " + downloaded);
            if (keepsIntegers) {
                assertEquals(uploaded.matches("-?\\d+"), downloaded.matches("-?\\d+"), where + ": integers stay integers");
            }
        } else {
            assertEquals(uploaded, downloaded, where);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            dcd_urn_mavedb_00000002-a-2_scores.csv | row 3, hgvs_pro      | 'p.Gln26?'
            mavetools_00000011-a-1_scores.csv      | row 6, hgvs_nt       | 'c.[1C>A;2=;3=]'
            mavetools_00000054-a-1_scores.csv      | row 8682, hgvs_nt    | '_wt'
            mavetools_00000001-a-1_scores.csv      | row 26, hgvs_pro     | has Tyr159 but the target UBE2I has Ter at 159
            """)
    void legacyVariantFormsAndContradictionsAreRefusedByRowAndColumn(String file, String field, String message) throws IOException {
        String urn = scoreSet(List.of(realTargets().getOrDefault(urnOf(file), TEST_SEQUENCE_TARGET)), "CC-BY-4.0");
        upload(urn, "scores", Files.readAllBytes(DATA.resolve("real").resolve(file))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)).body("errors[0].message", containsString(message));
        as(key).get("/api/v1/score-sets/{urn}", urn).then().body("numVariants", equalTo(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tests_routers_data_scores.csv              | tests_routers_data_counts.csv
            tests_worker_data_scores.csv               | tests_worker_data_counts.csv
            tests_routers_data_scores_utf8_encoded.csv | tests_routers_data_counts_utf8_encoded.csv
            tests_lib_data_scores_normal.csv           |
            """)
    void apiTestFixturesOfASequenceTarget(String scores, String counts) throws IOException {
        String urn = scoreSet(List.of(TEST_SEQUENCE_TARGET), "CC0-1.0");
        uploadFixtures(urn, scores, counts);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tests_routers_data_scores_acc.csv | tests_routers_data_counts_acc.csv
            tests_worker_data_scores_acc.csv  | tests_worker_data_counts_acc.csv
            """)
    void apiTestFixturesOfAnAccessionTarget(String scores, String counts) throws IOException {
        String urn = scoreSet(List.of(TEST_ACCESSION_TARGET), "CC0-1.0");
        uploadFixtures(urn, scores, counts);
        upload(urn, "scores", "hgvs_nt,score\nc.1G>C,1\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("errors[0].message", containsString("as in 'NM_001637.3:c."));
    }

    @Test
    void apiTestFixturesOfAMultiTargetScoreSet() throws IOException {
        Map<String, Object> test3 = target("TEST3", "protein_coding",
                Map.of("label", "TEST3", "sequence", Map.of("sequence", "ACGTTT", "sequenceType", "dna")));
        Map<String, Object> test4 = target("TEST4", "protein_coding",
                Map.of("label", "TEST4", "sequence", Map.of("sequence", "AAGTTT", "sequenceType", "dna")));
        String urn = scoreSet(List.of(test3, test4), "CC0-1.0");
        uploadFixtures(urn, "tests_worker_data_scores_multi_target.csv", "tests_worker_data_counts_multi_target.csv");
        upload(urn, "scores", "hgvs_nt,score\nn.1A>T,1\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("errors[0].message", containsString("prefix it with one of the labels [TEST3, TEST4]"));
        upload(urn, "scores", "hgvs_nt,score\nTEST4:n.2C>T,1\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("errors[0].message", containsString("the target TEST4 has A there"));
    }

    private void uploadFixtures(String urn, String scores, String counts) throws IOException {
        byte[] scoreFile = Files.readAllBytes(DATA.resolve("mavedb-api-tests").resolve(scores));
        List<List<String>> uploaded = dataRows(new String(scoreFile, StandardCharsets.UTF_8).replace("\uFEFF", ""), ',');
        upload(urn, "scores", scoreFile).statusCode(200).body("numVariants", equalTo(uploaded.size() - 1));
        assertSameCells(uploaded, records(download(urn, "scores", "text/csv"), ','), urn, SCORE_COLUMNS);
        if (counts == null) {
            return;
        }
        byte[] countFile = Files.readAllBytes(DATA.resolve("mavedb-api-tests").resolve(counts));
        upload(urn, "counts", countFile).statusCode(200);
        List<List<String>> countRows = dataRows(new String(countFile, StandardCharsets.UTF_8).replace("\uFEFF", ""), ',');
        assertSameCells(countRows, records(download(urn, "counts", "text/csv"), ','), urn, COUNT_COLUMNS);
        as(key).get("/api/v1/score-sets/{urn}/variants", urn).then().statusCode(200)
                .body("variants[0].counts.c_0", equalTo(Integer.parseInt(countRows.get(1).get(countRows.get(0).indexOf("c_0")))));
    }

    @Test
    void aFileThatIsNotTextIsRefused() throws IOException {
        String urn = scoreSet(List.of(TEST_SEQUENCE_TARGET), "CC0-1.0");
        upload(urn, "scores", Files.readAllBytes(DATA.resolve("mavedb-api-tests/tests_routers_data_scores_non_utf8_encoded.csv")))
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void countsMustListTheVariantsOfTheScores() {
        String urn = scoreSet(List.of(TEST_SEQUENCE_TARGET), "CC0-1.0");
        upload(urn, "counts", "hgvs_nt,c_0\nc.1A>T,1\n".getBytes(StandardCharsets.UTF_8)).statusCode(409)
                .body("detail", containsString("upload scores before counts"));
        upload(urn, "scores", "hgvs_nt,hgvs_pro,score\nc.1A>T,p.Thr1Ser,1\nc.2C>T,p.Thr1Met,2\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(200);
        upload(urn, "counts", "hgvs_nt,c_0\nc.1A>T,1\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("errors[0].message", containsString("counts cover the same variants as the scores"));
        upload(urn, "counts", "hgvs_nt,c_0\nc.1A>T,1\nc.3G>T,2\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("errors[0].field", equalTo("row 3, hgvs_nt"));
        upload(urn, "counts", "hgvs_nt,c_0\nc.1A>T,1\nc.1A>T,2\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("errors[0].message", containsString("repeats row 2"));
        upload(urn, "counts", "hgvs_nt,c_0\nc.2C>T,7\nc.1A>T,1\n".getBytes(StandardCharsets.UTF_8)).statusCode(200);
        assertEquals("accession,hgvs_nt,hgvs_splice,hgvs_pro,c_0\n" + urn + "#1,c.1A>T,NA,p.Thr1Ser,1\n" + urn + "#2,c.2C>T,NA,p.Thr1Met,7\n",
                download(urn, "counts", "text/csv"));
        // new scores drop the counts of the old ones
        upload(urn, "scores", "hgvs_nt,hgvs_pro,score\nc.1A>T,p.Thr1Ser,1\n".getBytes(StandardCharsets.UTF_8)).statusCode(200);
        assertEquals("accession,hgvs_nt,hgvs_splice,hgvs_pro\n" + urn + "#1,c.1A>T,NA,p.Thr1Ser\n", download(urn, "counts", "text/csv"));
    }

    @Test
    void aScoreSetNeedsALicenceToBePublished() {
        String urn = scoreSet(List.of(TEST_SEQUENCE_TARGET), null);
        as(key).get("/api/v1/score-sets/{urn}", urn).then().body("license", equalTo(null));
        upload(urn, "scores", "hgvs_nt,hgvs_pro,score\nc.1A>T,p.Thr1Ser,1\n".getBytes(StandardCharsets.UTF_8)).statusCode(200);
        as(key).post("/api/v1/score-sets/{urn}/publish", urn).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("license"));
        as(key).contentType("application/merge-patch+json").body(Map.of("license", "CC BY 4.0"))
                .patch("/api/v1/score-sets/{urn}", urn).then().statusCode(400).body("errors[0].field", equalTo("license"));
        as(key).contentType("application/merge-patch+json").body(Map.of("license", "CC-BY-SA-4.0"))
                .patch("/api/v1/score-sets/{urn}", urn).then().statusCode(200).body("license", equalTo("CC-BY-SA-4.0"));
        String published = Api.publish(key, urn);
        Map<String, Object> drop = new HashMap<>();
        drop.put("license", null);
        as(key).contentType("application/merge-patch+json").body(drop).patch("/api/v1/score-sets/{urn}", published).then()
                .statusCode(400).body("errors[0].field", equalTo("license"));
        as(key).body(Map.of("title", "T", "shortDescription", "S", "license", "CC0-1.0")).post("/api/v1/experiments").then()
                .statusCode(201).body("license", equalTo("CC0-1.0"));
        Map<String, Object> body = new HashMap<>(Api.scoreSetBody(experiment, "Bad licence"));
        body.put("license", "MIT");
        as(key).body(body).post("/api/v1/score-sets").then().statusCode(400);
    }

    @Test
    void publicationsAndTargetIdentifiersAreCheckedAndKept() {
        List<Map<String, Object>> publications = List.of(Map.of("dbName", "PubMed", "identifier", "29269382"),
                Map.of("dbName", "DOI", "identifier", "10.1186/s13059-019-1845-6"),
                Map.of("dbName", "bioRxiv", "identifier", "2021.03.10.434786"));
        as(key).body(Map.of("title", "T", "shortDescription", "S", "publicationIdentifiers", publications))
                .post("/api/v1/experiments").then().statusCode(201)
                .body("publicationIdentifiers", equalTo(publications));
        Map<String, Object> uniprot = Map.of("dbName", "UniProt", "identifier", "P38398", "offset", 0);
        Map<String, Object> refseq = Map.of("dbName", "RefSeq", "identifier", "NM_007294.4");
        Map<String, Object> target = new HashMap<>(TEST_SEQUENCE_TARGET);
        target.put("externalIdentifiers", List.of(uniprot, refseq));
        Map<String, Object> body = new HashMap<>(Api.scoreSetBody(experiment, "Identified"));
        body.put("targetGenes", List.of(target));
        body.put("publicationIdentifiers", publications.subList(0, 1));
        String urn = as(key).body(body).post("/api/v1/score-sets").then().statusCode(201)
                .body("publicationIdentifiers[0].identifier", equalTo("29269382"))
                .body("targetGenes[0].externalIdentifiers[0]", equalTo(uniprot))
                .body("targetGenes[0].externalIdentifiers[1].offset", equalTo(0))
                .extract().path("urn");
        as(key).contentType("application/merge-patch+json")
                .body(Map.of("publicationIdentifiers", List.of(Map.of("dbName", "medRxiv", "identifier", "10.1101/2020.05.07.20093815"))))
                .patch("/api/v1/score-sets/{urn}", urn).then().statusCode(200)
                .body("publicationIdentifiers[0].dbName", equalTo("medRxiv"));

        for (Map.Entry<Map<String, Object>, String> bad : Map.of(
                Map.<String, Object>of("dbName", "PubMed", "identifier", "PMID:29269382"), "publicationIdentifiers[0].identifier",
                Map.<String, Object>of("dbName", "DOI", "identifier", "doi.org/10.1186/x"), "publicationIdentifiers[0].identifier",
                Map.<String, Object>of("dbName", "Scopus", "identifier", "1"), "publicationIdentifiers[0].dbName").entrySet()) {
            as(key).body(Map.of("title", "T", "shortDescription", "S", "publicationIdentifiers", List.of(bad.getKey())))
                    .post("/api/v1/experiments").then().statusCode(400).body("errors[0].field", equalTo(bad.getValue()));
        }
        for (Map<String, Object> identifier : List.of(Map.<String, Object>of("dbName", "UniProt", "identifier", "p38398"),
                Map.<String, Object>of("dbName", "Ensembl", "identifier", "ENSG12048"),
                Map.<String, Object>of("dbName", "RefSeq", "identifier", "NM_007294.4", "offset", -1))) {
            target.put("externalIdentifiers", List.of(identifier));
            body.put("targetGenes", List.of(target));
            as(key).body(body).post("/api/v1/score-sets").then().statusCode(400)
                    .body("errors[0].field", startsWith("targetGenes[0].externalIdentifiers[0]."));
        }
    }

    @Test
    void severalTargetsNeedDistinctLabels() {
        Map<String, Object> unlabelled = target("A", "protein_coding", Map.of("accession", "NM_000001.1"));
        Map<String, Object> labelled = target("B", "protein_coding", Map.of("accession", "NM_000002.1", "label", "B"));
        Map<String, Object> sameLabel = target("C", "protein_coding", Map.of("accession", "NM_000003.1", "label", "B"));
        Map<String, Object> body = new HashMap<>(Api.scoreSetBody(experiment, "Two targets"));
        body.put("targetGenes", List.of(unlabelled, labelled));
        as(key).body(body).post("/api/v1/score-sets").then().statusCode(400).body("errors.field", hasItem("targetGenes[0].label"));
        body.put("targetGenes", List.of(labelled, sameLabel));
        as(key).body(body).post("/api/v1/score-sets").then().statusCode(400).body("errors.field", hasItem("targetGenes[1].label"));
        body.put("targetGenes", List.of(target("A", "protein_coding", Map.of("accession", "NM_1", "label", "has space"))));
        as(key).body(body).post("/api/v1/score-sets").then().statusCode(400);
    }

    @Test
    void jsonUploadsKeepIntegersTextAndColumnOrder() {
        String urn = scoreSet(List.of(TEST_SEQUENCE_TARGET), "CC0-1.0");
        as(key).body("{\"variants\": [{\"hgvsNt\": \"c.1A>T\", \"hgvsPro\": \"p.Thr1Ser\", \"score\": 1,"
                        + " \"data\": {\"zeta\": 3, \"alpha\": \"val1\", \"mid\": 2.5, \"gap\": null}}]}")
                .post("/api/v1/score-sets/{urn}/variants", urn).then().statusCode(200);
        assertEquals("accession,hgvs_nt,hgvs_splice,hgvs_pro,score,zeta,alpha,mid,gap\n" + urn + "#1,c.1A>T,NA,p.Thr1Ser,1.0,3,val1,2.5,NA\n",
                download(urn, "scores", "text/csv"));
        String json = as(key).get("/api/v1/variants/{urn}", urn + "#1").then().statusCode(200).extract().asString();
        assertTrue(json.contains("\"data\":{\"zeta\":3,\"alpha\":\"val1\",\"mid\":2.5,\"gap\":null}"), json);
    }

    @Test
    void manyProblemsAreCountedAndTheFirstListed() {
        String urn = scoreSet(List.of(TEST_SEQUENCE_TARGET), "CC0-1.0");
        StringBuilder csv = new StringBuilder("hgvs_nt,score\n");
        for (int i = 1; i <= 50; i++) {
            csv.append("n.").append(i).append("A>,").append(i).append('\n');
        }
        upload(urn, "scores", csv.toString().getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("errors.size()", equalTo(UploadProblems.LISTED))
                .body("errors[19].field", equalTo("row 21, hgvs_nt"))
                .body("detail", equalTo("50 problems; the first 20 are listed"));
    }

    /** The records of a file after its {@code #} comment lines. */
    private static List<List<String>> dataRows(String text, char separator) {
        List<List<String>> rows = records(text, separator);
        return rows.subList((int) rows.stream().takeWhile(r -> r.get(0).startsWith("#")).count(), rows.size());
    }

    /** RFC 4180 records (quotes, doubled quotes, CRLF), skipping blank lines. */
    static List<List<String>> records(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(fields);
                }
                fields = new ArrayList<>();
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
            records.add(fields);
        }
        return records;
    }
}
