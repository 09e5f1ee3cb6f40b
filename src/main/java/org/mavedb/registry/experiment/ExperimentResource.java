package org.mavedb.registry.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.dataset.ApiMediaTypes;
import org.mavedb.registry.dataset.MetadataPatch;
import org.mavedb.registry.dataset.MetadataPatchBody;
import org.mavedb.registry.dataset.Preconditions;
import org.mavedb.registry.idempotency.IdempotencyOpenApi;
import org.mavedb.registry.idempotency.Idempotent;
import org.mavedb.registry.security.Caller;

@Path("/api/v1/experiments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiments")
public class ExperimentResource {

    private final ExperimentService experiments;
    private final SecurityIdentity identity;

    public ExperimentResource(ExperimentService experiments, SecurityIdentity identity) {
        this.experiments = experiments;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExperiment", summary = "Create a draft experiment")
    @APIResponse(responseCode = "201", description = "The draft experiment, with a temporary `tmp:` urn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExperimentView.class)),
            headers = @Header(name = "ETag", description = ApiMediaTypes.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "`experimentSetUrn` names a set the caller may not add to")
    @APIResponse(responseCode = "404", description = "`experimentSetUrn` names no experiment set")
    @Idempotent
    @Parameter(ref = IdempotencyOpenApi.KEY_PARAMETER)
    @Authenticated
    public Response create(@Valid @NotNull ExperimentCreate body) {
        ExperimentView created = experiments.create(body, Caller.of(identity));
        return Response.created(URI.create("/api/v1/experiments/" + created.urn()))
                .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("/{urn}")
    @Operation(operationId = "getExperiment", summary = "Get an experiment")
    @APIResponse(responseCode = "200", description = "The experiment; its ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExperimentView.class)),
            headers = @Header(name = "ETag", description = ApiMediaTypes.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Malformed urn")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    @APIResponse(responseCode = "404", description = "No such experiment, or a draft the caller cannot see")
    public Response get(@PathParam("urn") String urn) {
        return ok(experiments.get(urn, Caller.of(identity)));
    }

    @PATCH
    @Path("/{urn}")
    @Consumes({ApiMediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateExperiment", summary = "Change an experiment's metadata (JSON Merge Patch)",
            description = "A JSON Merge Patch (RFC 7396) of `title`, `shortDescription`, `abstractText`, `methodText`, "
                    + "`keywords` and `license`. Only the named fields change; `null` clears an optional field. Any other field is rejected.")
    @RequestBody(content = {
            @Content(mediaType = ApiMediaTypes.MERGE_PATCH_JSON, schema = @Schema(implementation = MetadataPatchBody.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetadataPatchBody.class))})
    @APIResponse(responseCode = "200", description = "The updated experiment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExperimentView.class)),
            headers = @Header(name = "ETag", description = ApiMediaTypes.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid patch or malformed urn")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The caller may see but not change this experiment")
    @APIResponse(responseCode = "404", description = "No such experiment, or a draft the caller cannot see")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @Idempotent
    @Parameter(ref = IdempotencyOpenApi.KEY_PARAMETER)
    @Authenticated
    public Response patch(@PathParam("urn") String urn,
            @Parameter(description = ApiMediaTypes.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        MetadataPatch patch = MetadataPatch.parse(body);
        return ok(experiments.patch(urn, patch, ifMatch, Caller.of(identity)));
    }

    private static Response ok(ExperimentView view) {
        return Preconditions.okWithETag(view, view.version());
    }
}
