package org.mavedb.registry.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mavedb.registry.problem.Problem;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.problem.TextRules;

/**
 * A JSON Merge Patch (RFC 7396) of {@link Metadata}: a member names a field to change, {@code null}
 * removes an optional one, absent fields stay as they are. Fields that are not editable metadata
 * (urns, publish state, counts, ...) are rejected, so a PATCH can never write them.
 */
public final class MetadataPatch {

    public static final Set<String> EDITABLE = Set.of("title", "shortDescription", "abstractText", "methodText", "keywords",
            "license");

    private final ObjectNode patch;

    private MetadataPatch(ObjectNode patch) {
        this.patch = patch;
    }

    public static MetadataPatch parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("A merge patch must be a JSON object");
        }
        Set<String> unknown = new TreeSet<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!EDITABLE.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown.stream()
                    .map(name -> new Problem.FieldError(name, "is not editable; editable fields are " + new TreeSet<>(EDITABLE)))
                    .toList());
        }
        return new MetadataPatch((ObjectNode) body);
    }

    /** The metadata after applying this patch to {@code current}; not yet validated. */
    public Metadata applyTo(Metadata current) {
        return new Metadata(
                text("title", current.title()),
                text("shortDescription", current.shortDescription()),
                text("abstractText", current.abstractText()),
                text("methodText", current.methodText()),
                keywords(current.keywords()),
                license(current.license()));
    }

    private String text(String field, String current) {
        if (!patch.has(field)) {
            return current;
        }
        JsonNode value = patch.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ProblemException.invalid(field, "must be a string or null");
        }
        return TextRules.require(field, value.asText());
    }

    private List<String> keywords(List<String> current) {
        if (!patch.has("keywords")) {
            return current;
        }
        JsonNode value = patch.get("keywords");
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw ProblemException.invalid("keywords", "must be an array of strings or null");
        }
        List<String> keywords = new ArrayList<>();
        Iterator<JsonNode> items = value.elements();
        for (int i = 0; items.hasNext(); i++) {
            JsonNode item = items.next();
            if (!item.isTextual()) {
                throw ProblemException.invalid("keywords[" + i + "]", "must be a string");
            }
            keywords.add(TextRules.require("keywords[" + i + "]", item.asText()));
        }
        return keywords;
    }

    private License license(License current) {
        if (!patch.has("license")) {
            return current;
        }
        JsonNode value = patch.get("license");
        if (value.isNull()) {
            return null;
        }
        return License.bySpdxId(value.isTextual() ? value.asText() : null).orElseThrow(() -> ProblemException.invalid(
                "license", "must be one of " + Arrays.toString(License.values()) + " or null"));
    }

    public boolean isEmpty() {
        return patch.isEmpty();
    }

    public Map<String, Object> describe() {
        List<String> fields = new ArrayList<>();
        patch.fieldNames().forEachRemaining(fields::add);
        fields.sort(null);
        return Map.of("fields", fields);
    }
}
