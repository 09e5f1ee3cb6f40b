package org.mavedb.registry.variant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Reads a MaveDB scores or counts file as a stream, row by row (RFC 4180 by Jackson's CSV parser:
 * quoted fields, doubled quotes, CRLF or LF line ends; an optional UTF-8 byte order mark), as
 * MaveDB's downloads have it:
 * <ul>
 * <li>{@code #} comment lines (mavetools downloads start with them) and blank lines are skipped;</li>
 * <li>the standard columns {@code hgvs_nt}, {@code hgvs_splice}, {@code hgvs_pro}, {@code score}
 * are recognised whatever their case; {@code accession} (the variant urn in a download) is ignored:
 * a variant gets its urn from the score set it is uploaded to;</li>
 * <li>MaveDB's null tokens ({@link #NULL_TOKENS}, any case) are missing values;</li>
 * <li>a further column is numeric when every value in it is a JSON-style number, kept as written
 * ({@link NumberText}); otherwise it is text, every value kept as written: an identifier column
 * like {@code 007} is not turned into 7. Since that is known only at the end of the file, values
 * read as numbers before a column showed text are named by {@link #textColumns()}.</li>
 * </ul>
 * A problem is reported with the record's number in the file ({@code row 7, score}: comment lines
 * and the header count, blank lines do not); the header's own problems refuse the file at once.
 */
final class VariantCsv implements VariantReader {

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
    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.ALLOW_COMMENTS)
            .build();

    enum Kind { SCORES, COUNTS }

    private final Kind kind;
    private final InputStream body;
    private final Charset declared;
    private final UploadProblems problems = new UploadProblems();
    private JsonParser parser;
    private Charset charset;
    private List<String> header;
    private List<Integer> further;
    private int lastLine;
    private int records;
    private final Set<String> sawNumber = new LinkedHashSet<>();
    private final Set<String> sawText = new LinkedHashSet<>();

    private VariantCsv(Kind kind, InputStream body, Charset declared) {
        this.kind = kind;
        this.body = body;
        this.declared = declared;
    }

    /** A scores file in the given charset (UTF-8 when the request declared none); nothing is read yet. */
    static VariantCsv scores(InputStream body, Charset charset) {
        return new VariantCsv(Kind.SCORES, body, charset);
    }

    /** A counts file: variant columns and numeric count columns, which become each row's data. */
    static VariantCsv counts(InputStream body, Charset charset) {
        return new VariantCsv(Kind.COUNTS, body, charset);
    }

    @Override
    public VariantRow next() throws IOException {
        try {
            if (parser == null) {
                open();
            }
            while (true) {
                List<String> cells = record();
                if (cells == null) {
                    if (records == 0) {
                        throw ProblemException.badRequest("The CSV file has a header but no variants");
                    }
                    return null;
                }
                records++;
                int row = lastLine;
                VariantInput variant = variant(cells, row);
                if (variant != null) {
                    return new VariantRow(variant, row, true);
                }
            }
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The CSV file is not valid " + charset.name());
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The CSV file is malformed near line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
    }

    @Override
    public List<String> columns() {
        return further == null ? List.of() : further.stream().map(header::get).toList();
    }

    @Override
    public Set<String> textColumns() {
        Set<String> mixed = new LinkedHashSet<>(sawText);
        mixed.retainAll(sawNumber);
        return mixed;
    }

    @Override
    public boolean isCsv() {
        return true;
    }

    @Override
    public UploadProblems problems() {
        return problems;
    }

    /**
     * Starts reading. A UTF-8 byte order mark wins over the declared charset: clients that send
     * {@code text/csv} without a charset get ISO-8859-1 appended by some HTTP libraries, and the mark
     * says what the file really is.
     */
    private void open() throws IOException {
        InputStream in = new BufferedInputStream(body, 1 << 16);
        in.mark(3);
        byte[] start = in.readNBytes(3);
        boolean bom = start.length == 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF;
        if (!bom) {
            in.reset();
        }
        charset = bom ? StandardCharsets.UTF_8 : declared;
        parser = CSV.createParser(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        ((CsvParser) parser).setSchema(CsvSchema.emptySchema());
        List<String> names = record();
        if (names == null) {
            throw ProblemException.badRequest("The CSV file is empty; it needs a header row and at least one variant");
        }
        if (names.size() == 1 && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        header = header(names);
        further = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (!STANDARD.contains(header.get(c))) {
                further.add(c);
            }
        }
    }

    /** The next record's fields, or null at the end of the file. */
    private List<String> record() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        lastLine = parser.currentTokenLocation().getLineNr() + 1;
        List<String> cells = new ArrayList<>(header == null ? 8 : header.size());
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
            cells.add(parser.getText());
        }
        return cells;
    }

    /** The header with standard names in lower case; 400 for a header this kind of file cannot have. */
    private List<String> header(List<String> cells) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String cell : cells) {
            String name = cell.trim();
            if (names.isEmpty() && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            String standard = name.toLowerCase(Locale.ROOT);
            name = STANDARD.contains(standard) ? standard : name;
            if (name.isEmpty()) {
                throw ProblemException.badRequest("The CSV header has an empty column name");
            }
            String position = "column name " + (names.size() + 1) + " ";
            TextRules.violation(name).ifPresent(violation -> {
                throw ProblemException.invalid("header", position + violation);
            });
            if (name.length() > VariantInput.MAX_COLUMN_NAME && !STANDARD.contains(name)) {
                throw ProblemException.invalid("header", position + "is longer than " + VariantInput.MAX_COLUMN_NAME
                        + " characters");
            }
            if (!seen.add(name)) {
                throw ProblemException.badRequest("The CSV header names the column '" + name + "' twice");
            }
            names.add(name);
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
        long furtherColumns = names.stream().filter(name -> !STANDARD.contains(name)).count();
        if (furtherColumns > VariantInput.MAX_COLUMNS) {
            throw ProblemException.badRequest("The CSV file has more than " + VariantInput.MAX_COLUMNS + " data columns");
        }
        if (kind == Kind.COUNTS && furtherColumns == 0) {
            throw ProblemException.badRequest("A counts file needs at least one count column besides the variant columns");
        }
        return names;
    }

    private VariantInput variant(List<String> cells, int row) {
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
            String name = header.get(c);
            data.put(name, value(cells.get(c).trim(), row, name));
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
        if (cell.length() > VariantInput.MAX_HGVS) {
            problems.add("row " + row + ", " + column, "is longer than " + VariantInput.MAX_HGVS + " characters");
        }
        return cell;
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

    /**
     * A value of a further column: a number as written, or text. In a counts file every value is a
     * number; plain decimals JSON would not write ({@code +3}, {@code .5}) are normalised there.
     */
    private Object value(String cell, int row, String column) {
        if (isMissing(cell)) {
            return null;
        }
        if (isJsonNumber(cell)) {
            sawNumber.add(column);
            return new NumberText(cell);
        }
        if (kind == Kind.COUNTS) {
            if (DECIMAL.matcher(cell).matches() && Double.isFinite(Double.parseDouble(cell))) {
                return new NumberText(Double.toString(Double.parseDouble(cell)));
            }
            problems.add("row " + row + ", " + column, UploadProblems.quoted(cell) + " is not a finite number");
            return null;
        }
        TextRules.violation(cell).ifPresent(violation -> problems.add("row " + row + ", " + column, violation));
        sawText.add(column);
        return cell;
    }

    /** A JSON number that reads back the same: integers within 64 bits, other numbers finite as doubles. */
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
}
