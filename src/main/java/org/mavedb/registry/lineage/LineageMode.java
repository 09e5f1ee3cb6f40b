package org.mavedb.registry.lineage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.problem.ProblemException;

/**
 * How a discovery endpoint treats chains of superseding score sets (API.md §3): {@code collapsed}
 * keeps only the head of each chain as the endpoint's view sees it, {@code expanded} keeps every
 * member.
 */
// No default on the component itself: a generated client would then send "collapsed" in every search
// body, where it would contradict a `lineage=expanded` query parameter. The parameter carries the default.
@Schema(name = "LineageMode", type = SchemaType.STRING, enumeration = {"collapsed", "expanded"},
        description = "`collapsed` (the default when absent): leave out every score set that has a superseder visible in the endpoint's view, "
                + "and the data under it. `expanded`: every score set and all data under it.")
public enum LineageMode {
    @JsonProperty("collapsed") COLLAPSED,
    @JsonProperty("expanded") EXPANDED;

    public static final String PARAMETER = "lineage";
    public static final LineageMode DEFAULT = COLLAPSED;
    private static final String ALLOWED = "must be one of collapsed, expanded";

    /**
     * The mode of a request that may name it in the query string and in its body. Absent in both
     * means {@link #DEFAULT}; an unknown query value, or two values that disagree, is a 400.
     */
    public static LineageMode resolve(String queryValue, LineageMode bodyValue) {
        LineageMode fromQuery = queryValue == null ? null : parse(queryValue);
        if (fromQuery != null && bodyValue != null && fromQuery != bodyValue) {
            throw ProblemException.invalid(PARAMETER, "the query parameter (" + fromQuery
                    + ") and the body field (" + bodyValue + ") disagree; give one, or the same value in both");
        }
        return fromQuery != null ? fromQuery : bodyValue != null ? bodyValue : DEFAULT;
    }

    private static LineageMode parse(String value) {
        for (LineageMode mode : values()) {
            if (mode.toString().equals(value)) {
                return mode;
            }
        }
        throw ProblemException.invalid(PARAMETER, ALLOWED);
    }

    /** The wire name, as in JSON and the query string. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
