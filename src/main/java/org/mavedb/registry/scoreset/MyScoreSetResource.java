package org.mavedb.registry.scoreset;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.lineage.LineageQuery;
import org.mavedb.registry.lineage.LineageView;
import org.mavedb.registry.security.Caller;

@Path("/api/v1/me/score-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Score sets")
public class MyScoreSetResource {

    private final ScoreSetDiscoveryService discovery;
    private final SecurityIdentity identity;

    public MyScoreSetResource(ScoreSetDiscoveryService discovery, SecurityIdentity identity) {
        this.discovery = discovery;
        this.identity = identity;
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchMyScoreSets", summary = "Search the caller's own score sets, drafts included",
            description = "Same body and ordering as `searchScoreSets` (drafts sort by `modificationDate`), over the score sets "
                    + "the caller created. In `collapsed` mode (default) a score set is left out when it has a published "
                    + "superseder or a superseder that is the caller's own draft: each chain shows the latest version the "
                    + "caller can see.")
    @APIResponse(responseCode = "200", description = "One page of the caller's matching score sets and their total number")
    @APIResponse(responseCode = "400", description = "Invalid body, unknown `lineage`, or query and body `lineage` disagree")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @Authenticated
    public ScoreSetSearchResult search(@BeanParam LineageQuery lineage,
            @RequestBody(required = false, description = LineageQuery.SEARCH_BODY) @Valid ScoreSetSearch body) {
        Caller me = Caller.of(identity);
        ScoreSetSearch search = body == null ? ScoreSetSearch.EVERYTHING : body;
        return discovery.search(search, new LineageFilter(LineageView.ownedBy(me), lineage.mode(search.lineage())));
    }
}
