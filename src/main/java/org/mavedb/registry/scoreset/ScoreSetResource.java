package org.mavedb.registry.scoreset;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.lineage.LineageQuery;
import org.mavedb.registry.lineage.LineageView;
import org.mavedb.registry.query.PageQuery;
import org.mavedb.registry.security.Caller;

@Path("/api/v1/score-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Score sets")
public class ScoreSetResource {

    static final String SEARCH_DESCRIPTION = "Text and filters as described on the body; results newest first. "
            + "Lineage-aware: in `collapsed` mode (default) a score set with a published superseder is left out, so each "
            + "chain shows its latest published member. Public: sees published score sets only, and every caller gets the "
            + "same answer.";

    private final ScoreSetService scoreSets;
    private final ScoreSetDiscoveryService discovery;
    private final SecurityIdentity identity;

    public ScoreSetResource(ScoreSetService scoreSets, ScoreSetDiscoveryService discovery, SecurityIdentity identity) {
        this.scoreSets = scoreSets;
        this.discovery = discovery;
        this.identity = identity;
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchScoreSets", summary = "Search published score sets", description = SEARCH_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of matching score sets and their total number")
    @APIResponse(responseCode = "400", description = "Invalid body, unknown `lineage`, or query and body `lineage` disagree")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    public ScoreSetSearchResult search(@BeanParam LineageQuery lineage,
            @RequestBody(required = false, description = LineageQuery.SEARCH_BODY) @Valid ScoreSetSearch body) {
        ScoreSetSearch search = body == null ? ScoreSetSearch.EVERYTHING : body;
        return discovery.search(search, new LineageFilter(LineageView.publicView(), lineage.mode(search.lineage())));
    }

    @POST
    @Path("/search/filter-options")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getScoreSetFilterOptions", summary = "Facet counts for a score set search",
            description = "Takes the body of `searchScoreSets` and counts, over all its lineage-resolved matches (paging is "
                    + "ignored), how many score sets have each target gene name, organism, category and keyword.")
    @APIResponse(responseCode = "200", description = "The facets")
    @APIResponse(responseCode = "400", description = "Invalid body, unknown `lineage`, or query and body `lineage` disagree")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    public FilterOptions filterOptions(@BeanParam LineageQuery lineage,
            @RequestBody(required = false, description = LineageQuery.SEARCH_BODY) @Valid ScoreSetSearch body) {
        ScoreSetSearch search = body == null ? ScoreSetSearch.EVERYTHING : body;
        return discovery.filterOptions(search, new LineageFilter(LineageView.publicView(), lineage.mode(search.lineage())));
    }

    @GET
    @Path("/recently-published")
    @Operation(operationId = "listRecentlyPublishedScoreSets", summary = "Recently published score sets",
            description = "Published score sets, most recently published first. Lineage-aware like `searchScoreSets`.")
    @APIResponse(responseCode = "200", description = "One page of score sets and the total number")
    @APIResponse(responseCode = "400", description = "Unknown `lineage`, or `limit`/`offset` out of range")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    public ScoreSetSearchResult recentlyPublished(@BeanParam LineageQuery lineage, @BeanParam PageQuery page) {
        return discovery.recentlyPublished(lineage.mode(), page.limit(), page.offset());
    }

    @GET
    @Path("/{urn}/lineage")
    @Operation(operationId = "getScoreSetLineage", summary = "The chain of versions a score set belongs to",
            description = "Every score set of the chain (superseded and superseding ones) that the caller can see, oldest "
                    + "first. Not affected by the `lineage` mode.")
    @APIResponse(responseCode = "200", description = "The chain, oldest first")
    @APIResponse(responseCode = "400", description = "Malformed urn")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    public ScoreSetSearchResult lineage(@PathParam("urn") String urn) {
        return discovery.lineage(urn, Caller.of(identity));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createScoreSet", summary = "Create a draft score set in an experiment the caller owns")
    @APIResponse(responseCode = "201", description = "The draft score set, with a temporary `tmp:` urn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSetView.class)),
            headers = @Header(name = "ETag", description = ApiMediaTypes.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid body, or `supersededScoreSetUrn` from another experiment")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The caller may not add to the experiment or supersede the score set")
    @APIResponse(responseCode = "404", description = "The experiment or superseded score set does not exist for the caller")
    @APIResponse(responseCode = "409", description = "The superseded score set is a draft or is already superseded")
    @Idempotent
    @Parameter(ref = IdempotencyOpenApi.KEY_PARAMETER)
    @Authenticated
    public Response create(@Valid @NotNull ScoreSetCreate body) {
        ScoreSetView created = scoreSets.create(body, Caller.of(identity));
        return Response.created(URI.create("/api/v1/score-sets/" + created.urn()))
                .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("/{urn}")
    @Operation(operationId = "getScoreSet", summary = "Get a score set",
            description = "Single-resource read: not affected by lineage. `supersedingScoreSetUrn` is shown only when the caller can see the superseder.")
    @APIResponse(responseCode = "200", description = "The score set; its ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSetView.class)),
            headers = @Header(name = "ETag", description = ApiMediaTypes.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Malformed urn")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    public Response get(@PathParam("urn") String urn) {
        return ok(scoreSets.get(urn, Caller.of(identity)));
    }

    @PATCH
    @Path("/{urn}")
    @Consumes({ApiMediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateScoreSet", summary = "Change a score set's metadata (JSON Merge Patch)",
            description = "A JSON Merge Patch (RFC 7396) of `title`, `shortDescription`, `abstractText`, `methodText`, "
                    + "`keywords` and `license` (which a published score set cannot drop), allowed on drafts and published score sets. Only the named fields change; `null` clears an "
                    + "optional field. Any other field (urns, publish state, variants) is rejected.")
    @RequestBody(content = {
            @Content(mediaType = ApiMediaTypes.MERGE_PATCH_JSON, schema = @Schema(implementation = MetadataPatchBody.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetadataPatchBody.class))})
    @APIResponse(responseCode = "200", description = "The updated score set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSetView.class)),
            headers = @Header(name = "ETag", description = ApiMediaTypes.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid patch or malformed urn")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The caller may see but not change this score set")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @Idempotent
    @Parameter(ref = IdempotencyOpenApi.KEY_PARAMETER)
    @Authenticated
    public Response patch(@PathParam("urn") String urn,
            @Parameter(description = ApiMediaTypes.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        MetadataPatch patch = MetadataPatch.parse(body);
        return ok(scoreSets.patch(urn, patch, ifMatch, Caller.of(identity)));
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
    @Authenticated
    public Response delete(@PathParam("urn") String urn,
            @Parameter(description = ApiMediaTypes.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        scoreSets.delete(urn, ifMatch, Caller.of(identity));
        return Response.noContent().build();
    }

    @POST
    @Path("/{urn}/publish")
    @Operation(operationId = "publishScoreSet", summary = "Publish a draft score set",
            description = "Gives the score set its permanent urn `<experiment urn>-<n>` (and the experiment, and if needed a new "
                    + "experiment set, theirs). Exactly one of concurrent publishes of one draft succeeds.")
    @APIResponse(responseCode = "200", description = "The published score set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSetView.class)),
            headers = @Header(name = "ETag", description = ApiMediaTypes.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Malformed urn")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The caller may see but not change this score set")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    @APIResponse(responseCode = "409", description = "Already published, or no variants uploaded yet")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @Idempotent
    @Parameter(ref = IdempotencyOpenApi.KEY_PARAMETER)
    @Authenticated
    public Response publish(@PathParam("urn") String urn,
            @Parameter(description = ApiMediaTypes.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(scoreSets.publish(urn, ifMatch, Caller.of(identity)));
    }

    private static Response ok(ScoreSetView view) {
        return Preconditions.okWithETag(view, view.version());
    }
}
