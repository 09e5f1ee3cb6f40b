package org.mavedb.registry.dataset;

/** Media types and headers of the API beyond those JAX-RS names. */
public final class ApiMediaTypes {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    public static final String ETAG_DESCRIPTION = "The version as a strong entity tag, `\"<version>\"`; send it in If-Match to change this version only";
    public static final String IF_MATCH_DESCRIPTION = "Apply only if the resource's current ETag matches (`\"<version>\"` or `*`); otherwise 412 and nothing changes";

    private ApiMediaTypes() {
    }
}
