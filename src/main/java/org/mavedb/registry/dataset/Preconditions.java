package org.mavedb.registry.dataset;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.mavedb.registry.problem.ProblemException;

/** Strong ETags over {@link Dataset#version} and the If-Match check of RFC 9110 §13.1.1. */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(Dataset dataset) {
        return etag(dataset.version);
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** 200 with the representation and its ETag. */
    public static Response okWithETag(Object representation, int version) {
        return Response.ok(representation).header(HttpHeaders.ETAG, etag(version)).build();
    }

    /**
     * Passes when there is no If-Match, when it is {@code *}, or when one of its entity tags
     * strongly equals the current one; otherwise 412 and the caller must not change anything.
     * Weak tags never match (If-Match uses strong comparison).
     */
    public static void requireMatch(String ifMatch, Dataset dataset) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = etag(dataset);
        for (String tag : ifMatch.split(",")) {
            if (tag.trim().equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("If-Match " + ifMatch.trim() + " does not match the current ETag "
                + current + " of " + dataset.urn + "; fetch it again and reapply your change");
    }
}
