package org.mavedb.registry.variant;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.query.PageQuery;
import org.mavedb.registry.security.Caller;

@Path("/api/v1/score-sets/{urn}/variants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Variants")
public class ScoreSetVariantsResource {

    private final VariantService variants;
    private final SecurityIdentity identity;

    public ScoreSetVariantsResource(VariantService variants, SecurityIdentity identity) {
        this.variants = variants;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listScoreSetVariants", summary = "Page through a score set's variants",
            description = "Single-resource read: not affected by lineage. Variants are ordered by their number.")
    @APIResponse(responseCode = "200", description = "`numVariants` in the score set and one page of them")
    @APIResponse(responseCode = "400", description = "Malformed urn, or `limit`/`offset` out of range")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    public VariantView.Page list(@PathParam("urn") String urn, @BeanParam PageQuery page) {
        return variants.page(urn, page.limit(), page.offset(), Caller.of(identity));
    }

}
