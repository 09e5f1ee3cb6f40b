package org.mavedb.registry.variant;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import org.postgresql.copy.CopyIn;

/**
 * Rows on their way into PostgreSQL through {@code COPY ... FROM STDIN} (text format), written a
 * 64 KiB buffer at a time: what an upload holds in memory does not grow with it. Further columns
 * go in as a json object in upload order, numbers as written. Closing a copy that was not
 * {@linkplain #finish() finished} cancels it, so a refused upload stores nothing.
 */
final class VariantCopy implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final CopyIn copy;
    private final long scoreSetId;
    private final StringBuilder line = new StringBuilder(256);
    private final StringBuilder buffer = new StringBuilder(BUFFER + 4096);

    VariantCopy(CopyIn copy, long scoreSetId) {
        this.copy = copy;
        this.scoreSetId = scoreSetId;
    }

    /** A row of {@code variants}: the score set's variant at this position. */
    void addVariant(int position, VariantInput variant) throws SQLException {
        line.setLength(0);
        line.append(scoreSetId).append('\t').append(position).append('\t');
        text(variant.hgvsNt()).append('\t');
        text(variant.hgvsSplice()).append('\t');
        text(variant.hgvsPro()).append('\t');
        if (variant.score() == null) {
            line.append("\\N");
        } else {
            line.append(Double.toString(variant.score()));
        }
        line.append('\t');
        text(json(variant.data())).append('\n');
        append();
    }

    /** A row of the counts staging table: the file's row number, the primary variant string, the counts. */
    void addCounts(int rowNumber, String key, Map<String, Object> counts) throws SQLException {
        line.setLength(0);
        line.append(rowNumber).append('\t');
        text(key).append('\t');
        text(json(counts)).append('\n');
        append();
    }

    /** Sends what is buffered and ends the copy; returns the rows PostgreSQL took. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void append() throws SQLException {
        buffer.append(line);
        if (buffer.length() >= BUFFER) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (!buffer.isEmpty()) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    /** A text field of COPY's text format: {@code \N} for null, backslash and control characters escaped. */
    private StringBuilder text(String value) {
        if (value == null) {
            return line.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> line.append(c);
            }
        }
        return line;
    }

    /** A json object of the values in order: numbers as written, text quoted, null. */
    private static String json(Map<String, Object> values) {
        StringBuilder json = new StringBuilder(16 * values.size() + 2).append('{');
        JsonStringEncoder quote = JsonStringEncoder.getInstance();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(quote.quoteAsString(entry.getKey())).append("\":");
            Object value = entry.getValue();
            if (value == null) {
                json.append("null");
            } else if (value instanceof String text) {
                json.append('"').append(quote.quoteAsString(text)).append('"');
            } else {
                json.append(value); // NumberText, Long or a finite Double: JSON's own number syntax
            }
        }
        return json.append('}').toString();
    }
}
