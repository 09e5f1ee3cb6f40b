package org.mavedb.registry.variant;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.problem.TextRules;

/**
 * Reads a MaveDB scores or counts file (RFC 4180: quoted fields, doubled quotes, CRLF or LF line
 * ends, an optional UTF-8 byte order mark), as MaveDB's downloads have it:
 * <ul>
 * <li>{@code #} comment lines before the header (mavetools downloads start with them) are skipped;</li>
 * <li>the standard columns {@code hgvs_nt}, {@code hgvs_splice}, {@code hgvs_pro}, {@code score}
 * are recognised whatever their case; {@code accession} (the variant urn in a download) is ignored:
 * a variant gets its urn from the score set it is uploaded to;</li>
 * <li>MaveDB's null tokens ({@link #NULL_TOKENS}, any case) are missing values;</li>
 * <li>a further column is numeric when every value in it is a JSON-style number (integers stay
 * integers), otherwise it is text, every value kept as written: an identifier column like
 * {@code 007} is not turned into 7.</li>
 * </ul>
 * Every problem is reported with its row number (the header is row 1 of the data); nothing is
 * stored unless the whole file is valid.
 */
final class VariantCsv {

    static final String HGVS_NT = "hgvs_nt";
    static final String HGVS_SPLICE = "hgvs_splice";
    static final String HGVS_PRO = "hgvs_pro";
    static final String SCORE = "score";
    static final String ACCESSION = "accession";
    private static final Set<String> STANDARD = Set.of(HGVS_NT, HGVS_SPLICE, HGVS_PRO, SCORE, ACCESSION);
    /** MaveDB's missing-value tokens, compared in lower case. */
    static final Set<String> NULL_TOKENS = Set.of("", "na", "nan", "n/a", "none", "null", "nil", "undefined", "-");
    /** Plain decimal notation only: no hex, no type suffixes, no NaN or Infinity (JSON cannot carry them). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** A number as JSON writes it: what a numeric further column may hold, so that it reads back the same. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9]\\d*)");

    enum Kind { SCORES, COUNTS }

    private final Kind kind;
    private final UploadProblems problems = new UploadProblems();

    private VariantCsv(Kind kind) {
        this.kind = kind;
    }

    /** Parses a scores file in the given charset (UTF-8 when the request declared none). */
    static UploadedVariants parseScores(byte[] body, Charset charset) {
        return new VariantCsv(Kind.SCORES).read(decode(body, charset));
    }

    /** Parses a counts file: variant columns and numeric count columns, which become each row's data. */
    static UploadedVariants parseCounts(byte[] body, Charset charset) {
        return new VariantCsv(Kind.COUNTS).read(decode(body, charset));
    }

    /**
     * The text of the body. A UTF-8 byte order mark wins over the declared charset: clients that
     * send {@code text/csv} without a charset get ISO-8859-1 appended by some HTTP libraries, and
     * the mark says what the file really is.
     */
    private static String decode(byte[] body, Charset charset) {
        if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF) {
            charset = StandardCharsets.UTF_8;
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The CSV file is not valid " + charset.name());
        }
    }

    private UploadedVariants read(String text) {
        List<List<String>> rows = records(text);
        int first = 0;
        while (first < rows.size() && rows.get(first).get(0).startsWith("#")) {
            first++;
        }
        if (first == rows.size()) {
            throw ProblemException.badRequest("The CSV file is empty; it needs a header row and at least one variant");
        }
        List<String> header = header(rows.get(first));
        if (first + 1 == rows.size()) {
            throw ProblemException.badRequest("The CSV file has a header but no variants");
        }
        List<Integer> further = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (!STANDARD.contains(header.get(c))) {
                further.add(c);
            }
        }
        List<List<String>> data = rows.subList(first + 1, rows.size());
        boolean[] numeric = numericColumns(data, header.size(), further);
        List<VariantInput> variants = new ArrayList<>(data.size());
        int[] rowNumbers = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            int row = first + i + 2;
            VariantInput variant = variant(header, further, numeric, data.get(i), row);
            if (variant != null) {
                rowNumbers[variants.size()] = row;
                variants.add(variant);
            }
        }
        problems.throwIfAny();
        return new UploadedVariants(variants, further.stream().map(header::get).toList(),
                Arrays.copyOf(rowNumbers, variants.size()));
    }

    /** The header with standard names in lower case; 400 for a header this kind of file cannot have. */
    private List<String> header(List<String> cells) {
        List<String> header = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String cell : cells) {
            String name = cell.trim();
            String standard = name.toLowerCase(Locale.ROOT);
            name = STANDARD.contains(standard) ? standard : name;
            if (name.isEmpty()) {
                throw ProblemException.badRequest("The CSV header has an empty column name");
            }
            String position = "column name " + (header.size() + 1) + " ";
            TextRules.violation(name).ifPresent(violation -> {
                throw ProblemException.invalid("header", position + violation);
            });
            if (!seen.add(name)) {
                throw ProblemException.badRequest("The CSV header names the column '" + name + "' twice");
            }
            header.add(name);
        }
        if (!seen.contains(HGVS_NT) && !seen.contains(HGVS_PRO)) {
            throw ProblemException.badRequest("The CSV header needs a '" + HGVS_NT + "' or '" + HGVS_PRO + "' column");
        }
        if (kind == Kind.SCORES && !seen.contains(SCORE)) {
            throw ProblemException.badRequest("The CSV header needs a '" + SCORE + "' column");
        }
        if (kind == Kind.COUNTS && seen.contains(SCORE)) {
            throw ProblemException.badRequest("A counts file has no '" + SCORE + "' column; upload scores as a scores file");
        }
        long furtherColumns = header.stream().filter(name -> !STANDARD.contains(name)).count();
        if (furtherColumns > VariantInput.MAX_COLUMNS) {
            throw ProblemException.badRequest("The CSV file has more than " + VariantInput.MAX_COLUMNS + " data columns");
        }
        if (kind == Kind.COUNTS && furtherColumns == 0) {
            throw ProblemException.badRequest("A counts file needs at least one count column besides the variant columns");
        }
        return header;
    }

    /** Which further columns hold only numbers (and missing values); in a counts file every one must. */
    private boolean[] numericColumns(List<List<String>> rows, int width, List<Integer> further) {
        boolean[] numeric = new boolean[width];
        for (int c : further) {
            numeric[c] = kind == Kind.COUNTS || rows.stream()
                    .allMatch(cells -> cells.size() != width || isMissing(cells.get(c).trim()) || isJsonNumber(cells.get(c).trim()));
        }
        return numeric;
    }

    private VariantInput variant(List<String> header, List<Integer> further, boolean[] numeric, List<String> cells, int row) {
        if (cells.size() != header.size()) {
            problems.add("row " + row, "has " + cells.size() + " fields but the header has " + header.size());
            return null;
        }
        String hgvsNt = null;
        String hgvsSplice = null;
        String hgvsPro = null;
        Double score = null;
        for (int c = 0; c < header.size(); c++) {
            String cell = cells.get(c).trim();
            switch (header.get(c)) {
                case HGVS_NT -> hgvsNt = text(cell, row, HGVS_NT);
                case HGVS_SPLICE -> hgvsSplice = text(cell, row, HGVS_SPLICE);
                case HGVS_PRO -> hgvsPro = text(cell, row, HGVS_PRO);
                case SCORE -> score = score(cell, row);
                default -> { }
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (int c : further) {
            String cell = cells.get(c).trim();
            data.put(header.get(c), numeric[c] ? number(cell, row, header.get(c)) : further(cell, row, header.get(c)));
        }
        if (hgvsNt == null && hgvsPro == null) {
            problems.add("row " + row, "needs a value in " + HGVS_NT + " or " + HGVS_PRO);
            return null;
        }
        return new VariantInput(hgvsNt, hgvsSplice, hgvsPro, score, data);
    }

    static boolean isMissing(String cell) {
        return NULL_TOKENS.contains(cell.toLowerCase(Locale.ROOT));
    }

    private String text(String cell, int row, String column) {
        if (isMissing(cell)) {
            return null;
        }
        TextRules.violation(cell).ifPresent(violation -> problems.add("row " + row + ", " + column, violation));
        return cell;
    }

    private String further(String cell, int row, String column) {
        return isMissing(cell) ? null : text(cell, row, column);
    }

    private Double score(String cell, int row) {
        if (isMissing(cell)) {
            return null;
        }
        if (DECIMAL.matcher(cell).matches()) {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        }
        problems.add("row " + row + ", " + SCORE, UploadProblems.quoted(cell) + " is not a finite number");
        return null;
    }

    /** A value of a numeric further column: an integer stays a {@link Long}. */
    private Object number(String cell, int row, String column) {
        if (isMissing(cell)) {
            return null;
        }
        if (INTEGER.matcher(cell).matches()) {
            try {
                return Long.parseLong(cell);
            } catch (NumberFormatException tooLarge) {
                problems.add("row " + row + ", " + column, UploadProblems.quoted(cell) + " is not an integer within 64 bits");
                return null;
            }
        }
        if (isJsonNumber(cell) || (kind == Kind.COUNTS && DECIMAL.matcher(cell).matches())) {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        }
        problems.add("row " + row + ", " + column, UploadProblems.quoted(cell) + " is not a finite number");
        return null;
    }

    private static boolean isJsonNumber(String cell) {
        if (!JSON_NUMBER.matcher(cell).matches()) {
            return false;
        }
        if (INTEGER.matcher(cell).matches()) {
            try {
                Long.parseLong(cell);
                return true;
            } catch (NumberFormatException tooLarge) {
                return false;
            }
        }
        return Double.isFinite(Double.parseDouble(cell));
    }

    /** Splits RFC 4180 text into records of fields, skipping blank lines. */
    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, fields, field, fieldWasQuoted);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (fieldWasQuoted) {
                throw ProblemException.badRequest("The CSV file has text after a closing quote in row " + (records.size() + 1));
            } else {
                field.append(ch);
            }
            i++;
        }
        if (quoted) {
            throw ProblemException.badRequest("The CSV file ends inside a quoted field");
        }
        endRecord(records, fields, field, fieldWasQuoted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field, boolean fieldWasQuoted) {
        boolean blankLine = fields.isEmpty() && field.toString().isBlank() && !fieldWasQuoted;
        if (!blankLine) {
            fields.add(field.toString());
            records.add(fields);
        }
    }
}
