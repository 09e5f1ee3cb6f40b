package org.mavedb.registry.lineage;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code lineage} query parameter that every discovery endpoint takes ({@code @BeanParam}). It
 * is bound as text so that an unknown value is a 400 problem naming the allowed values rather than
 * the JAX-RS default 404; the OpenAPI document still shows the enum.
 */
public class LineageQuery {

    /** The body of every POST search: optional, since no criteria is a valid search. */
    public static final String SEARCH_BODY = "The criteria, each optional; no body, or `{}`, matches everything";

    @QueryParam(LineageMode.PARAMETER)
    @Parameter(name = LineageMode.PARAMETER, schema = @Schema(ref = "LineageMode"),
            description = "How chains of superseding score sets are resolved (default `collapsed`). POST searches also "
                    + "accept it as a body field; if both are given they must agree (else 400).")
    String value;

    /** The mode this request asks for; {@code bodyValue} is the search body's field, or null. */
    public LineageMode mode(LineageMode bodyValue) {
        return LineageMode.resolve(value, bodyValue);
    }

    public LineageMode mode() {
        return mode(null);
    }
}
