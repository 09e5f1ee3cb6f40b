package org.mavedb.registry.variant;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.problem.ProblemException;

/** Plain JUnit: the CSV reader of variant uploads, without the HTTP layer. */
class VariantCsvTest {

    /** Reads every row of a file, then refuses it if any row had a problem, as an upload does. */
    private static List<VariantRow> read(VariantCsv reader) {
        List<VariantRow> rows = new ArrayList<>();
        try {
            for (VariantRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader.problems().throwIfAny();
        return rows;
    }

    private static VariantCsv scores(byte[] body) {
        return VariantCsv.scores(new ByteArrayInputStream(body), UTF_8);
    }

    private static List<VariantInput> parse(String csv) {
        return read(scores(csv.getBytes(UTF_8))).stream().map(VariantRow::variant).toList();
    }

    private static Object number(String text) {
        return new NumberText(text);
    }

    @Test
    void readsMaveDbColumnsAndExtraNumericColumns() {
        List<VariantInput> rows = parse("hgvs_nt,hgvs_pro,score,se\nc.1A>G,p.Met1Val,0.25,0.01\nc.2T>C,NA,,1e-3\n");
        assertEquals(2, rows.size());
        assertEquals(new VariantInput("c.1A>G", null, "p.Met1Val", 0.25, Map.of("se", number("0.01"))), rows.get(0));
        VariantInput second = rows.get(1);
        assertNull(second.hgvsPro());
        assertNull(second.score());
        assertEquals(number("1e-3"), second.data().get("se"), "numbers are kept as written");
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
                () -> parse("hgvs_nt,score\nc.1A>G,Infinity\nc.2T>C,0x10\n,1\nc.4G>A,1,2\n"));
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
        assertEquals(400, assertThrows(ProblemException.class, () -> read(scores(latin1))).status());
    }

    @Test
    void takesMaveDbDownloadsAsTheyAre() {
        VariantCsv file = scores(("# Accession: urn:mavedb:00000001-a-1\n# Licence: CC BY 4.0\n"
                + "accession,HGVS_NT,Hgvs_Splice,hgvs_pro,Score,sd,s_0\n"
                + "urn:mavedb:00000001-a-1#2,c.1A>G,NA,p.Met1Val,0.5,nan,val1\n"
                + "urn:mavedb:00000001-a-1#1,c.2T>C,None,null,-,N/A,007\n").getBytes(UTF_8));
        List<VariantRow> rows = read(file);
        assertEquals(List.of("sd", "s_0"), file.columns());
        assertEquals(List.of(4, 5), rows.stream().map(VariantRow::number).toList(), "rows are the file's records, comments included");
        VariantInput second = rows.get(1).variant();
        assertEquals("c.2T>C", second.hgvsNt());
        assertNull(second.hgvsSplice());
        assertNull(second.hgvsPro());
        assertNull(second.score());
        assertNull(second.data().get("sd"));
        assertEquals("007", second.data().get("s_0"), "a column with any text keeps every value as written");
        assertEquals(List.of("sd", "s_0"), List.copyOf(second.data().keySet()), "columns keep their order");
    }

    @Test
    void numbersOfFurtherColumnsAreKeptAsWritten() {
        VariantInput row = parse("hgvs_nt,score,count,ratio,big\nn.1A>G,3,3,3.0,1e300\n").get(0);
        assertEquals(3.0, row.score());
        assertEquals(number("3"), row.data().get("count"));
        assertEquals(number("3.0"), row.data().get("ratio"));
        assertEquals(number("1e300"), row.data().get("big"));
    }

    @Test
    void aColumnThatShowsTextLateIsNamedSoItsEarlierNumbersBecomeText() {
        VariantCsv file = scores("hgvs_nt,score,id,n\nn.1A>G,1,12,1\nn.2T>C,1,x7,2\n".getBytes(UTF_8));
        read(file);
        assertEquals(Set.of("id"), file.textColumns());
    }

    @Test
    void rowsAreTheFilesRecordsCountingCommentsButNotBlankLines() {
        List<VariantRow> rows = read(scores("# c\nhgvs_nt,score,note\nn.1A>G,1,\"two\nlines\"\n\nn.2T>C,2,x\n".getBytes(UTF_8)));
        assertEquals(List.of(3, 4), rows.stream().map(VariantRow::number).toList());
    }

    @Test
    void countsFilesHaveNumericColumnsAndNoScore() {
        VariantCsv counts = VariantCsv.counts(new ByteArrayInputStream("hgvs_nt,c_0,c_1\nn.1A>G,10,NA\n".getBytes(UTF_8)), UTF_8);
        List<VariantRow> rows = read(counts);
        assertEquals(List.of("c_0", "c_1"), counts.columns());
        assertEquals(number("10"), rows.get(0).variant().data().get("c_0"));
        for (String csv : new String[] {"hgvs_nt,score,c_0\nn.1A>G,1,2\n", "hgvs_nt,c_0\nn.1A>G,many\n", "hgvs_nt\nn.1A>G\n"}) {
            assertEquals(400, assertThrows(ProblemException.class,
                    () -> read(VariantCsv.counts(new ByteArrayInputStream(csv.getBytes(UTF_8)), UTF_8)), csv).status());
        }
    }
}
