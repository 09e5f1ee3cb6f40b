package org.mavedb.registry.variant;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mavedb.registry.dataset.Urns;

/**
 * A score set's scores or counts as MaveDB lays them out for download:
 * {@code accession,hgvs_nt,hgvs_splice,hgvs_pro[,score],<further columns in upload order>}, with
 * {@code NA} for a missing value and the variant urn as {@code accession}. What was uploaded comes
 * back cell for cell: text as written, integers as integers, other numbers in Java's decimal form
 * of the stored double ({@code 0.25}, {@code 1.0E-5}), which reads back to the same double.
 */
final class VariantTable {

    enum Kind { SCORES, COUNTS }

    /** The score set a table is of and its header; read under the caller's visibility check. */
    record Layout(long scoreSetId, String scoreSetUrn, Kind kind, List<String> columns) {}

    /** One variant's cells, as {@link VariantRepository#forEachRow} reads them: the further columns in layout order. */
    record Row(int position, String hgvsNt, String hgvsSplice, String hgvsPro, Double score, String[] cells) {}

    private static final String MISSING = "NA";

    private final Layout layout;
    private final char separator;
    private final Writer out;

    VariantTable(Layout layout, char separator, OutputStream out) {
        this.layout = layout;
        this.separator = separator;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    Layout layout() {
        return layout;
    }

    void writeHeader() {
        StringBuilder line = new StringBuilder("accession").append(separator).append("hgvs_nt").append(separator)
                .append("hgvs_splice").append(separator).append("hgvs_pro");
        if (layout.kind() == Kind.SCORES) {
            line.append(separator).append("score");
        }
        layout.columns().forEach(column -> line.append(separator).append(cell(column)));
        writeLine(line);
    }

    void write(Row row) {
        StringBuilder line = new StringBuilder(128);
        line.append(cell(Urns.variant(layout.scoreSetUrn(), row.position())));
        line.append(separator).append(cell(row.hgvsNt()));
        line.append(separator).append(cell(row.hgvsSplice()));
        line.append(separator).append(cell(row.hgvsPro()));
        if (layout.kind() == Kind.SCORES) {
            line.append(separator).append(cell(row.score()));
        }
        for (String cell : row.cells()) {
            line.append(separator).append(cell(cell));
        }
        writeLine(line);
    }

    void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeLine(StringBuilder line) {
        try {
            out.append(line).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String cell(Object value) {
        if (value == null) {
            return MISSING;
        }
        if (value instanceof Double number) {
            return Double.toString(number);
        }
        String text = value.toString();
        boolean needsQuotes = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
