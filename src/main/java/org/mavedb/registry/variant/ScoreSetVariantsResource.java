package org.mavedb.registry.variant;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.query.PageQuery;
import org.mavedb.registry.query.Paging;
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
            description = "Single-resource read: not affected by lineage. Variants are ordered by their number n "
                    + "(`<score set urn>#<n>`). To read a large score set, pass the last number seen as `after`: every "
                    + "page then costs what the first does, where `offset` makes the database skip the rows before it.")
    @APIResponse(responseCode = "200", description = "`numVariants` in the score set and one page of them")
    @APIResponse(responseCode = "400", description = "Malformed urn, `limit`/`offset`/`after` out of range, or both "
            + "`offset` and `after`")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    public VariantView.Page list(@PathParam("urn") String urn, @BeanParam PageQuery page,
            @QueryParam("after") @Parameter(description = "Keyset cursor: only variants numbered above this, "
                    + "the number of the last variant of the previous page. Not combined with `offset`.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String after) {
        return variants.page(urn, page.limit(), page.offset(), Paging.nonNegativeLong("after", after),
                Caller.of(identity));
    }

}
