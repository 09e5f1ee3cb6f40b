package org.mavedb.registry.variant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mavedb.registry.problem.ProblemException;

/**
 * Reads a JSON upload, {@code {"variants": [...]}}, one variant at a time with the application's
 * strict mapper (unknown fields, wrong types, non-finite numbers and U+0000 are refused, named by
 * their path, {@code variants[5].score}). The further columns are the data keys in order of first
 * appearance; JSON says itself which values are numbers, so no column turns into text later.
 */
final class VariantJson implements VariantReader {

    private static final String VARIANTS = "variants";

    private final InputStream body;
    private final ObjectMapper json;
    private final ObjectReader variantReader;
    private final UploadProblems problems = new UploadProblems();
    private final Set<String> columns = new LinkedHashSet<>();
    private JsonParser parser;
    private boolean inArray;
    private boolean done;
    private int index;

    VariantJson(InputStream body, ObjectMapper json) {
        this.body = body;
        this.json = json;
        // each variant is one value inside the array; the body as a whole is checked for trailing content here
        this.variantReader = json.readerFor(VariantInput.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public VariantRow next() throws IOException {
        if (done) {
            return null;
        }
        if (parser == null) {
            parser = json.createParser(body);
            if (parser.nextToken() == null) {
                throw ProblemException.badRequest("A JSON request body is required");
            }
            if (!parser.isExpectedStartObjectToken()) {
                throw ProblemException.badRequest("The request body is empty or not a JSON object of the expected shape");
            }
        }
        while (true) {
            if (!inArray && !enterArray()) {
                if (index == 0) {
                    throw ProblemException.invalid(VARIANTS, "must not be empty");
                }
                done = true;
                return null;
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                inArray = false;
                continue;
            }
            int at = index++;
            if (token == JsonToken.VALUE_NULL) {
                problems.add("variants[" + at + "]", "must not be null");
                continue;
            }
            VariantInput variant;
            try {
                variant = variantReader.readValue(parser);
            } catch (JsonMappingException e) {
                e.prependPath(VariantInput.class, at);
                e.prependPath(VariantsUpload.class, VARIANTS);
                throw e;
            }
            VariantRow row = new VariantRow(variant, at, false);
            if (VariantRules.fitsLimits(row, problems)) {
                columns.addAll(variant.data().keySet());
                return row;
            }
        }
    }

    /** Reads up to the start of the {@code variants} array; false at the end of the body. */
    private boolean enterArray() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            if (parser.nextToken() != null) {
                throw ProblemException.badRequest("The request body has content after its JSON value");
            }
            return false;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw ProblemException.badRequest("The request body is not valid JSON");
        }
        String field = parser.currentName();
        if (!VARIANTS.equals(field)) {
            throw ProblemException.invalid(field, "is not a field of this request; its fields are [variants]");
        }
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw ProblemException.invalid(VARIANTS, "must be an array");
        }
        inArray = true;
        return true;
    }

    @Override
    public List<String> columns() {
        return List.copyOf(columns);
    }

    @Override
    public Set<String> textColumns() {
        return Set.of();
    }

    @Override
    public boolean isCsv() {
        return false;
    }

    @Override
    public UploadProblems problems() {
        return problems;
    }
}
