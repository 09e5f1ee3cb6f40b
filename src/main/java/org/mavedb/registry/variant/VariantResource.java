package org.mavedb.registry.variant;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.lineage.LineageQuery;
import org.mavedb.registry.lineage.LineageView;
import org.mavedb.registry.security.Caller;

@Path("/api/v1/variants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Variants")
public class VariantResource {

    private final VariantService variants;
    private final SecurityIdentity identity;

    public VariantResource(VariantService variants, SecurityIdentity identity) {
        this.variants = variants;
        this.identity = identity;
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchVariants", summary = "Search variants of published score sets",
            description = "Ordered by score set (newest published first, then urn), then variant number. Public: the same for "
                    + "every caller. Lineage-aware: in `collapsed` mode (default) the variants of a score set that has a "
                    + "published superseder are left out, also when its urn is named in `scoreSetUrns`.")
    @APIResponse(responseCode = "200", description = "One page of matching variants and their total number")
    @APIResponse(responseCode = "400", description = "Invalid body or urn, unknown `lineage`, or query and body `lineage` disagree")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    public VariantView.Page search(@BeanParam LineageQuery lineage,
            @RequestBody(required = false, description = LineageQuery.SEARCH_BODY) @Valid VariantSearch body) {
        VariantSearch search = body == null ? VariantSearch.EVERYTHING : body;
        return variants.search(search, new LineageFilter(LineageView.publicView(), lineage.mode(search.lineage())));
    }

    @GET
    @Path("/{urn}")
    @Operation(operationId = "getVariant", summary = "Get one variant")
    @APIResponse(responseCode = "200", description = "The variant")
    @APIResponse(responseCode = "400", description = "Malformed variant urn")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    @APIResponse(responseCode = "404", description = "No such variant, or one in a draft the caller cannot see")
    public VariantView get(@Parameter(description = "`<score set urn>#<n>`; encode `#` as `%23` in the path")
            @PathParam("urn") String urn) {
        return variants.get(urn, Caller.of(identity));
    }
}
