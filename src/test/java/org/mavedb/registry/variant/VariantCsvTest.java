package org.mavedb.registry.variant;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.problem.ProblemException;

/** Plain JUnit: the CSV reader of variant uploads, without the HTTP layer. */
class VariantCsvTest {

    private static List<VariantInput> parse(String csv) {
        return VariantCsv.parse(csv.getBytes(UTF_8), UTF_8);
    }

    @Test
    void readsMaveDbColumnsAndExtraNumericColumns() {
        List<VariantInput> rows = parse("hgvs_nt,hgvs_pro,score,se\nc.1A>G,p.Met1Val,0.25,0.01\nc.2T>C,NA,,1e-3\n");
        assertEquals(2, rows.size());
        assertEquals(new VariantInput("c.1A>G", "p.Met1Val", 0.25, Map.of("se", 0.01)), rows.get(0));
        VariantInput second = rows.get(1);
        assertNull(second.hgvsPro());
        assertNull(second.score());
        assertEquals(0.001, second.data().get("se"));
    }

    @Test
    void quotedFieldsCrlfBomAndBlankLinesAreRead() {
        List<VariantInput> rows = parse("\uFEFFhgvs_pro,score\r\n\"p.[Met1Val;Asp2Gly]\",\"-1.5\"\r\n\r\n\"p.Asp2=\",2\r\n");
        assertEquals(List.of("p.[Met1Val;Asp2Gly]", "p.Asp2="), rows.stream().map(VariantInput::hgvsPro).toList());
        assertEquals(-1.5, rows.get(0).score());
    }

    @Test
    void aQuotedFieldMayHoldCommasQuotesAndNewlines() {
        List<VariantInput> rows = parse("hgvs_nt,score\n\"c.1A>G, \"\"odd\"\"\nline\",1\n");
        assertEquals("c.1A>G, \"odd\"\nline", rows.get(0).hgvsNt());
    }

    @Test
    void badRowsAreReportedByRowAndColumn() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> parse("hgvs_nt,score\nc.1A>G,NaN\nc.2T>C,0x10\n,1\nc.4G>A,1,2\n"));
        assertEquals(List.of("row 2, score", "row 3, score", "row 4", "row 5"),
                refused.toProblem().errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void headerProblemsAreRefusedWhole() {
        for (String csv : new String[] {"", "score\n1\n", "hgvs_nt\nc.1A>G\n", "hgvs_nt,score,score\nc.1A>G,1,2\n",
                "hgvs_nt,,score\nc.1A>G,1,2\n", "hgvs_nt,score\n"}) {
            assertEquals(400, assertThrows(ProblemException.class, () -> parse(csv), csv).status());
        }
    }

    @Test
    void aBodyThatIsNotValidInItsCharsetIsRefused() {
        byte[] latin1 = "hgvs_nt,score\nc.1A>G,1\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, assertThrows(ProblemException.class, () -> VariantCsv.parse(latin1, UTF_8)).status());
    }
}
