package org.mavedb.registry.variant;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mavedb.registry.problem.Problem;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.problem.TextRules;

/**
 * Reads a variant score CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends, an
 * optional UTF-8 byte order mark). The header names {@code hgvs_nt} and/or {@code hgvs_pro},
 * {@code score}, and optionally further numeric columns, which become the variant's {@code data}.
 * Empty cells and {@code NA} are missing values. Every problem is reported with its row number
 * (the header is row 1); nothing is stored unless the whole file is valid.
 */
final class VariantCsv {

    static final String HGVS_NT = "hgvs_nt";
    static final String HGVS_PRO = "hgvs_pro";
    static final String SCORE = "score";
    private static final int MAX_REPORTED_ERRORS = 20;
    /** Plain decimal notation only: no hex, no type suffixes, no NaN or Infinity (JSON cannot carry them). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private VariantCsv() {
    }

    /** Parses a CSV body in the given charset (UTF-8 when the request declared none). */
    static List<VariantInput> parse(byte[] body, Charset charset) {
        return new VariantCsv().read(decode(body, charset));
    }

    private static String decode(byte[] body, Charset charset) {
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

    private List<VariantInput> read(String text) {
        List<List<String>> rows = records(text);
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("The CSV file is empty; it needs a header row and at least one variant");
        }
        List<String> header = rows.get(0).stream().map(String::trim).toList();
        checkHeader(header);
        if (rows.size() == 1) {
            throw ProblemException.badRequest("The CSV file has a header but no variants");
        }
        List<VariantInput> variants = new ArrayList<>(rows.size() - 1);
        for (int i = 1; i < rows.size() && errors.size() < MAX_REPORTED_ERRORS; i++) {
            VariantInput variant = variant(header, rows.get(i), i + 1);
            if (variant != null) {
                variants.add(variant);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return variants;
    }

    private static void checkHeader(List<String> header) {
        Set<String> seen = new LinkedHashSet<>();
        for (String name : header) {
            if (name.isEmpty()) {
                throw ProblemException.badRequest("The CSV header has an empty column name");
            }
            TextRules.violation(name).ifPresent(violation -> {
                throw ProblemException.invalid("header", "column name " + (seen.size() + 1) + " " + violation);
            });
            if (!seen.add(name)) {
                throw ProblemException.badRequest("The CSV header names the column '" + name + "' twice");
            }
        }
        if (!seen.contains(HGVS_NT) && !seen.contains(HGVS_PRO)) {
            throw ProblemException.badRequest("The CSV header needs a '" + HGVS_NT + "' or '" + HGVS_PRO + "' column");
        }
        if (!seen.contains(SCORE)) {
            throw ProblemException.badRequest("The CSV header needs a '" + SCORE + "' column");
        }
        if (header.size() - 1 > VariantInput.MAX_COLUMNS) {
            throw ProblemException.badRequest("The CSV file has more than " + VariantInput.MAX_COLUMNS + " data columns");
        }
    }

    private VariantInput variant(List<String> header, List<String> cells, int row) {
        if (cells.size() != header.size()) {
            errors.add(new Problem.FieldError("row " + row,
                    "has " + cells.size() + " fields but the header has " + header.size()));
            return null;
        }
        String hgvsNt = null;
        String hgvsPro = null;
        Double score = null;
        Map<String, Double> data = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            String cell = cells.get(c).trim();
            switch (column) {
                case HGVS_NT -> hgvsNt = text(cell, row, column);
                case HGVS_PRO -> hgvsPro = text(cell, row, column);
                case SCORE -> score = number(cell, row, column);
                default -> data.put(column, number(cell, row, column));
            }
        }
        if (hgvsNt == null && hgvsPro == null) {
            errors.add(new Problem.FieldError("row " + row, "needs a value in " + HGVS_NT + " or " + HGVS_PRO));
            return null;
        }
        return new VariantInput(hgvsNt, hgvsPro, score, data);
    }

    private static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.equalsIgnoreCase("NA");
    }

    private String text(String cell, int row, String column) {
        if (isMissing(cell)) {
            return null;
        }
        TextRules.violation(cell).ifPresent(violation -> errors.add(new Problem.FieldError("row " + row + ", " + column, violation)));
        if (cell.length() > VariantInput.MAX_HGVS) {
            errors.add(new Problem.FieldError("row " + row + ", " + column, "is longer than " + VariantInput.MAX_HGVS + " characters"));
        }
        return cell;
    }

    private Double number(String cell, int row, String column) {
        if (isMissing(cell)) {
            return null;
        }
        if (DECIMAL.matcher(cell).matches()) {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        }
        errors.add(new Problem.FieldError("row " + row + ", " + column, "'" + abbreviate(cell) + "' is not a finite number"));
        return null;
    }

    private static String abbreviate(String cell) {
        return cell.length() <= 40 ? cell : cell.substring(0, 40) + "…";
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
