package org.mavedb.registry.scoreset;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.common.ApiMediaTypes;
import org.mavedb.registry.common.MetadataPatch;
import org.mavedb.registry.common.MetadataPatchBody;
import org.mavedb.registry.common.Preconditions;
import org.mavedb.registry.common.RequestValidator;
import org.mavedb.registry.user.CurrentCaller;

@Path("/api/v1/score-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Score sets")
public class ScoreSetResource {

    private final ScoreSetService scoreSets;
    private final CurrentCaller caller;
    private final RequestValidator validator;

    public ScoreSetResource(ScoreSetService scoreSets, CurrentCaller caller, RequestValidator validator) {
        this.scoreSets = scoreSets;
        this.caller = caller;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createScoreSet", summary = "Create a draft score set in an experiment the caller owns")
    @APIResponse(responseCode = "201", description = "The draft score set, with a temporary `tmp:` urn")
    @APIResponse(responseCode = "400", description = "Invalid body, or `supersededScoreSetUrn` from another experiment")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The caller may not add to the experiment or supersede the score set")
    @APIResponse(responseCode = "404", description = "The experiment or superseded score set does not exist for the caller")
    @APIResponse(responseCode = "409", description = "The superseded score set is a draft or is already superseded")
    public Response create(ScoreSetCreate body) {
        ScoreSetView created = scoreSets.create(validator.valid(body), caller.authenticated());
        return Response.created(URI.create("/api/v1/score-sets/" + created.urn()))
                .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("/{urn}")
    @Operation(operationId = "getScoreSet", summary = "Get a score set",
            description = "Single-resource read: not affected by lineage. `supersedingScoreSetUrn` is shown only when the caller can see the superseder.")
    @APIResponse(responseCode = "200", description = "The score set; its ETag header carries its version")
    @APIResponse(responseCode = "400", description = "Malformed urn")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    public Response get(@PathParam("urn") String urn) {
        return ok(scoreSets.get(urn, caller.get()));
    }

    @PATCH
    @Path("/{urn}")
    @Consumes({ApiMediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateScoreSet", summary = "Change a score set's metadata (JSON Merge Patch)",
            description = "A JSON Merge Patch (RFC 7396) of `title`, `shortDescription`, `abstractText`, `methodText` and "
                    + "`keywords`, allowed on drafts and published score sets. Only the named fields change; `null` clears an "
                    + "optional field. Any other field (urns, publish state, variants) is rejected.")
    @RequestBody(content = {
            @Content(mediaType = ApiMediaTypes.MERGE_PATCH_JSON, schema = @Schema(implementation = MetadataPatchBody.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetadataPatchBody.class))})
    @APIResponse(responseCode = "200", description = "The updated score set")
    @APIResponse(responseCode = "400", description = "Invalid patch or malformed urn")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The caller may see but not change this score set")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public Response patch(@PathParam("urn") String urn,
            @Parameter(description = ApiMediaTypes.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        MetadataPatch patch = MetadataPatch.parse(body);
        return ok(scoreSets.patch(urn, patch, ifMatch, caller.authenticated()));
    }

    @DELETE
    @Path("/{urn}")
    @Operation(operationId = "deleteScoreSet", summary = "Delete a draft score set with its targets and variants")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Malformed urn")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The caller may see but not change this score set")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    @APIResponse(responseCode = "409", description = "The score set is published")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public Response delete(@PathParam("urn") String urn,
            @Parameter(description = ApiMediaTypes.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        scoreSets.delete(urn, ifMatch, caller.authenticated());
        return Response.noContent().build();
    }

    @POST
    @Path("/{urn}/publish")
    @Operation(operationId = "publishScoreSet", summary = "Publish a draft score set",
            description = "Gives the score set its permanent urn `<experiment urn>-<n>` (and the experiment, and if needed a new "
                    + "experiment set, theirs). Exactly one of concurrent publishes of one draft succeeds.")
    @APIResponse(responseCode = "200", description = "The published score set")
    @APIResponse(responseCode = "400", description = "Malformed urn")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The caller may see but not change this score set")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    @APIResponse(responseCode = "409", description = "Already published, or no variants uploaded yet")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public Response publish(@PathParam("urn") String urn,
            @Parameter(description = ApiMediaTypes.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(scoreSets.publish(urn, ifMatch, caller.authenticated()));
    }

    private static Response ok(ScoreSetView view) {
        return Preconditions.okWithETag(view, view.version());
    }
}
