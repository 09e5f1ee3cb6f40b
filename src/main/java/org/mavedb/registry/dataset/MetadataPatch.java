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

    private static final String PUBLICATIONS = "publicationIdentifiers";
    public static final Set<String> EDITABLE = Set.of("title", "shortDescription", "abstractText", "methodText", "keywords",
            "license", PUBLICATIONS);
    private static final Set<String> PUBLICATION_FIELDS = Set.of("dbName", "identifier");

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
                license(current.license()),
                publications(current.publicationIdentifiers()));
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

    private List<PublicationIdentifier> publications(List<PublicationIdentifier> current) {
        if (!patch.has(PUBLICATIONS)) {
            return current;
        }
        JsonNode value = patch.get(PUBLICATIONS);
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw ProblemException.invalid(PUBLICATIONS, "must be an array of publication identifiers or null");
        }
        List<PublicationIdentifier> publications = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            publications.add(publication(value.get(i), PUBLICATIONS + "[" + i + "]"));
        }
        return publications;
    }

    /** One publication of the patch; its syntax is checked with the rest of the metadata ({@link MetadataEditor}). */
    private static PublicationIdentifier publication(JsonNode item, String field) {
        if (!item.isObject()) {
            throw ProblemException.invalid(field, "must be an object with dbName and identifier");
        }
        item.fieldNames().forEachRemaining(name -> {
            if (!PUBLICATION_FIELDS.contains(name)) {
                throw ProblemException.invalid(field + "." + name, "is not a field of a publication identifier");
            }
        });
        JsonNode db = item.path("dbName");
        PublicationIdentifier.PublicationDatabase database = Arrays.stream(PublicationIdentifier.PublicationDatabase.values())
                .filter(d -> db.isTextual() && d.toString().equals(db.asText())).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field + ".dbName",
                        "must be one of " + Arrays.toString(PublicationIdentifier.PublicationDatabase.values())));
        JsonNode identifier = item.path("identifier");
        if (!identifier.isTextual()) {
            throw ProblemException.invalid(field + ".identifier", "must be a string");
        }
        return new PublicationIdentifier(database, TextRules.require(field + ".identifier", identifier.asText()));
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
