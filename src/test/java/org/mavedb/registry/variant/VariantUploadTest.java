package org.mavedb.registry.variant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mavedb.registry.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mavedb.registry.support.Api;

@QuarkusTest
class VariantUploadTest {

    private String key;
    private String draft;

    @BeforeEach
    void draft() {
        key = Api.newUser();
        draft = Api.newScoreSet(key, Api.newExperiment(key));
    }

    private void assertVariantCount(int expected) {
        as(key).get("/api/v1/score-sets/{urn}", draft).then().body("numVariants", equalTo(expected));
    }

    @Test
    void csvWithQuotesMissingValuesAndExtraColumns() {
        String csv = "\uFEFFhgvs_nt,hgvs_pro,score,se,\"count\"\r\n"
                + "\"c.1A>G\",\"p.Met1Val\",0.5,0.1,10\r\n"
                + "c.2T>C,,,NA,\r\n"
                + "\"c.[4G>A;5A>C]\",p.Asp2Thr,NA,1e-3,\"5\"\r\n";
        Api.uploadCsv(key, draft, csv).statusCode(200).body("numVariants", equalTo(3)).header("ETag", "\"2\"");
        as(key).get("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(200)
                .body("numVariants", equalTo(3))
                .body("variants", hasSize(3))
                .body("variants[0].urn", equalTo(draft + "#1"))
                .body("variants[0].hgvsNt", equalTo("c.1A>G"))
                .body("variants[0].score", equalTo(0.5f))
                .body("variants[0].data.se", equalTo(0.1f))
                .body("variants[0].data.count", equalTo(10))
                .body("variants[1].hgvsPro", nullValue())
                .body("variants[1].score", nullValue())
                .body("variants[1].data.se", nullValue())
                .body("variants[2].hgvsNt", equalTo("c.[4G>A;5A>C]"))
                .body("variants[2].score", nullValue())
                .body("variants[2].data.se", equalTo(0.001f));
    }

    @Test
    void uploadReplacesPreviousVariants() {
        Api.uploadCsv(key, draft, Api.SMALL_CSV).statusCode(200);
        Api.uploadCsv(key, draft, "hgvs_pro,score\np.Met1Ala,3\n").statusCode(200).body("numVariants", equalTo(1));
        as(key).get("/api/v1/score-sets/{urn}/variants", draft).then().body("variants", hasSize(1))
                .body("variants[0].hgvsPro", equalTo("p.Met1Ala")).body("variants[0].urn", equalTo(draft + "#1"));
    }

    @Test
    void jsonUpload() {
        Map<String, Object> second = new HashMap<>();
        second.put("hgvsNt", "c.2T>C");
        second.put("hgvsPro", "p.Met1Thr");
        second.put("score", null);
        as(key).body(Map.of("variants", List.of(
                        Map.of("hgvsNt", "c.1A>G", "score", 1.5, "data", Map.of("se", 0.2)), second)))
                .post("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(200).body("numVariants", equalTo(2));
        as(key).get("/api/v1/variants/{urn}", draft + "#1").then().statusCode(200)
                .body("score", equalTo(1.5f)).body("data.se", equalTo(0.2f));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file                 | ''
            blank lines only           | '\n\n'
            header only                | 'hgvs_nt,score\n'
            no hgvs column             | 'name,score\nx,1\n'
            no score column            | 'hgvs_nt,se\nc.1A>G,1\n'
            duplicate column           | 'hgvs_nt,score,score\nc.1A>G,1,2\n'
            non-numeric score          | 'hgvs_nt,score\nc.1A>G,high\n'
            NaN score (missing) only   | 'hgvs_nt,score\nn.1A>G,NaN\n'
            infinite score             | 'hgvs_nt,score\nc.1A>G,Infinity\n'
            hex score                  | 'hgvs_nt,score\nc.1A>G,0x10\n'
            ragged row (short)         | 'hgvs_nt,score\nc.1A>G\n'
            ragged row (long)          | 'hgvs_nt,score\nc.1A>G,1,2\n'
            row without hgvs           | 'hgvs_nt,hgvs_pro,score\nNA,,1\n'
            unterminated quote         | 'hgvs_nt,score\n"c.1A>G,1\n'
            text after closing quote   | 'hgvs_nt,score\n"c.1"A,1\n'
            not MAVE-HGVS              | 'hgvs_nt,score\nn.1A>,1\n'
            p. in hgvs_nt              | 'hgvs_nt,score\np.Met1Val,1\n'
            c. in hgvs_pro             | 'hgvs_pro,score\nc.1A>G,1\n'
            wrong reference base       | 'hgvs_nt,hgvs_pro,score\nc.1C>G,p.Met1Val,1\n'
            wrong reference residue    | 'hgvs_pro,score\np.Ala1Val,1\n'
            position past the target   | 'hgvs_nt,score\nn.10A>G,1\n'
            residue past the target    | 'hgvs_pro,score\np.Leu4Val,1\n'
            mixed prefixes             | 'hgvs_nt,score\nn.1A>G,1\ng.2T>C,1\n'
            c. without hgvs_pro        | 'hgvs_nt,score\nc.1A>G,1\n'
            n. alongside hgvs_pro      | 'hgvs_nt,hgvs_pro,score\nn.1A>G,p.Met1Val,1\n'
            splice without g.          | 'hgvs_nt,hgvs_splice,score\nn.1A>G,c.1A>G,1\n'
            unknown target label       | 'hgvs_nt,score\nBRCA2:n.1A>G,1\n'
            duplicate variant          | 'hgvs_nt,score\nn.1A>G,1\nn.1A>G,2\n'
            primary column gap         | 'hgvs_nt,hgvs_pro,score\nc.1A>G,p.Met1Val,1\nNA,p.Met1Thr,2\n'
            no score at all            | 'hgvs_nt,score\nn.1A>G,NA\nn.2T>C,\n'
            """)
    void invalidCsvIsRejectedAndChangesNothing(String name, String csv) {
        Api.uploadCsv(key, draft, Api.SMALL_CSV).statusCode(200);
        Api.uploadCsv(key, draft, csv.replace("\\n", "\n")).statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.notNullValue());
        assertVariantCount(2);
    }

    @Test
    void errorsNameTheRowAndColumn() {
        Api.uploadCsv(key, draft, "hgvs_nt,score\nc.1A>G,1\nc.2A>G,oops\n").statusCode(400)
                .body("errors[0].field", equalTo("row 3, score"))
                .body("errors[0].message", containsString("oops"));
    }

    @Test
    void csvAndJsonUploadsAreCheckedAgainstTheSameConstraints() {
        String longName = "c".repeat(101);
        Api.uploadCsv(key, draft, "hgvs_nt,score," + longName + "\nn.1A>G,1,2\n").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("longer than 100 characters"));
        as(key).body(Map.of("variants", List.of(Map.of("hgvsNt", "c.1A>G", "score", 1, "data", Map.of(longName, 2)))))
                .post("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(400)
                .body("errors[0].field", containsString("variants[0].data"))
                .body("errors[0].message", containsString("longer than 100 characters"));
        assertVariantCount(0);
        Api.uploadCsv(key, draft, "hgvs_nt,score," + "c".repeat(100) + "\nn.1A>G,1,2\n").statusCode(200);
    }

    @Test
    void declaredCharsetIsHonoured() {
        byte[] latin1 = "hgvs_nt,score,caf\u00e9\nn.1A>G,1,2\n".getBytes(StandardCharsets.ISO_8859_1);
        as(key).contentType("text/csv; charset=ISO-8859-1").body(latin1).post("/api/v1/score-sets/{urn}/variants", draft)
                .then().statusCode(200);
        as(key).get("/api/v1/variants/{urn}", draft + "#1").then().body("data.caf\u00e9", equalTo(2));
        as(key).contentType("text/csv; charset=no-such-charset").body(latin1).post("/api/v1/score-sets/{urn}/variants", draft)
                .then().statusCode(415);
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] body = "hgvs_nt,score\nn.1A>G,1\n".getBytes(StandardCharsets.UTF_8);
        body[16] = (byte) 0xFF;
        as(key).contentType("text/csv; charset=UTF-8").body(body).post("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(400);
    }

    @Test
    void oversizeUploadIs413() {
        StringBuilder csv = new StringBuilder("hgvs_nt,score\n");
        String row = "c.1A>G,0.123456789\n";
        while (csv.length() < 17 * 1024 * 1024) {
            csv.append(row);
        }
        Api.uploadCsv(key, draft, csv.toString()).statusCode(413).contentType("application/problem+json");
        assertVariantCount(0);
    }

    @Test
    void invalidJsonVariantsAreRejected() {
        as(key).body(Map.of("variants", List.of(Map.of("score", 1)))).post("/api/v1/score-sets/{urn}/variants", draft)
                .then().statusCode(400).body("errors[0].field", equalTo("variants[0]"));
        as(key).body(Map.of("variants", List.of())).post("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(400);
        as(key).body("{\"variants\": [{\"hgvsNt\": \"c.1A>G\", \"score\": \"high\"}]}")
                .post("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(400)
                .body("errors[0].field", equalTo("variants[0].score"));
        as(key).body("{\"variants\": [").post("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(400);
        as(key).contentType("text/plain").body("x").post("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(415)
                .contentType("application/problem+json");
        assertVariantCount(0);
    }

    @Test
    void pagingAndVariantLookup() {
        uploadTwentyFiveVariants();
        as(key).queryParam("limit", 10).queryParam("offset", 20).get("/api/v1/score-sets/{urn}/variants", draft).then()
                .statusCode(200).body("numVariants", equalTo(25)).body("variants", hasSize(5))
                .body("variants[0].urn", equalTo(draft + "#21"));
        as(key).get("/api/v1/variants/{urn}", draft + "#25").then().statusCode(200).body("score", equalTo(25.0f));
        as(key).get("/api/v1/variants/{urn}", draft + "#26").then().statusCode(404);
        as(key).get("/api/v1/variants/{urn}", "nonsense").then().statusCode(400);
        for (String bad : new String[] {"0", "1001", "x", "-1"}) {
            as(key).queryParam("limit", bad).get("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        }
        as(key).queryParam("offset", -1).get("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(400);
    }

    /** Variants #1..#25, the n-th with score n. */
    private void uploadTwentyFiveVariants() {
        StringBuilder csv = new StringBuilder("hgvs_nt,score\n");
        for (int i = 1; i <= 25; i++) {
            csv.append("n.9+").append(i).append("A>G,").append(i).append('\n');
        }
        Api.uploadCsv(key, draft, csv.toString()).statusCode(200);
    }

    @Test
    void keysetPagesFollowTheLastNumberSeen() {
        uploadTwentyFiveVariants();
        as(key).queryParam("limit", 10).queryParam("after", 20).get("/api/v1/score-sets/{urn}/variants", draft).then()
                .statusCode(200).body("numVariants", equalTo(25)).body("variants", hasSize(5))
                .body("variants[0].urn", equalTo(draft + "#21")).body("variants[4].urn", equalTo(draft + "#25"));
        as(key).queryParam("after", 25).get("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(200)
                .body("variants", hasSize(0));
        as(key).queryParam("after", 0).queryParam("limit", 1).get("/api/v1/score-sets/{urn}/variants", draft).then()
                .statusCode(200).body("variants[0].urn", equalTo(draft + "#1"));
        as(key).queryParam("after", -1).get("/api/v1/score-sets/{urn}/variants", draft).then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        as(key).queryParam("after", 5).queryParam("offset", 5).get("/api/v1/score-sets/{urn}/variants", draft).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("offset"));
    }

    /** The streamed upload has copied almost every row when the bad one arrives: the copy must still be undone. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed score      | 'n.9+199999A>G,oops'  | row 200000, score
            repeated variant     | 'n.9+17A>G,1'         | row 200000, hgvs_nt
            """)
    void aBadRowNearTheEndOfALargeFileIsNamedAndNothingIsStored(String name, String lastRow, String field) {
        Api.uploadCsv(key, draft, Api.SMALL_CSV).statusCode(200);
        StringBuilder csv = new StringBuilder(4 << 20).append("hgvs_nt,score\n");
        for (int i = 1; i < 199_999; i++) {
            csv.append("n.9+").append(i).append("A>G,").append(i % 1000).append('\n');
        }
        csv.append(lastRow).append('\n');
        Api.uploadCsv(key, draft, csv.toString()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
        assertVariantCount(2);
        as(key).get("/api/v1/score-sets/{urn}/variants", draft).then().body("variants", hasSize(2))
                .body("variants[0].hgvsNt", equalTo(Api.SMALL_CSV.lines().skip(1).findFirst().orElseThrow().split(",")[0]));
    }
}
