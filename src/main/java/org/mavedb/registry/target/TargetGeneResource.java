package org.mavedb.registry.target;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.common.ProblemException;
import org.mavedb.registry.user.CurrentCaller;

@Path("/api/v1/target-genes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Target genes")
public class TargetGeneResource {

    private final TargetGeneService targets;
    private final CurrentCaller caller;

    public TargetGeneResource(TargetGeneService targets, CurrentCaller caller) {
        this.targets = targets;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTargetGene", summary = "Get one target gene")
    @APIResponse(responseCode = "200", description = "The target gene")
    @APIResponse(responseCode = "400", description = "The id is not a positive integer")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    @APIResponse(responseCode = "404", description = "No such target gene, or one in a draft the caller cannot see")
    public TargetGeneView get(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
            @PathParam("id") String id) {
        return targets.get(parseId(id), caller.get());
    }

    private static long parseId(String id) {
        try {
            long parsed = Long.parseLong(id);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid("id", "must be a positive integer");
    }
}
