package org.mavedb.registry.variant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.user.CurrentCaller;

@Path("/api/v1/variants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Variants")
public class VariantResource {

    private final VariantService variants;
    private final CurrentCaller caller;

    public VariantResource(VariantService variants, CurrentCaller caller) {
        this.variants = variants;
        this.caller = caller;
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
        return variants.get(urn, caller.get());
    }
}
