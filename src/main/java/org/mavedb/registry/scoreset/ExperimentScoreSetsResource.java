package org.mavedb.registry.scoreset;

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
import org.mavedb.registry.lineage.LineageQuery;
import org.mavedb.registry.query.PageQuery;
import org.mavedb.registry.security.Caller;

@Path("/api/v1/experiments/{urn}/score-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiments")
public class ExperimentScoreSetsResource {

    private final ScoreSetDiscoveryService discovery;
    private final SecurityIdentity identity;

    public ExperimentScoreSetsResource(ScoreSetDiscoveryService discovery, SecurityIdentity identity) {
        this.discovery = discovery;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listExperimentScoreSets", summary = "The published score sets of an experiment",
            description = "A public discovery endpoint: published score sets only, newest first, the same for every caller "
                    + "(a draft experiment is visible to its creator and admins, and has none). Lineage-aware: in `collapsed` "
                    + "mode (default) each chain shows its latest published member. Drafts: `searchMyScoreSets`.")
    @APIResponse(responseCode = "200", description = "One page of score sets and the total number")
    @APIResponse(responseCode = "400", description = "Malformed urn, unknown `lineage`, or `limit`/`offset` out of range")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    @APIResponse(responseCode = "404", description = "No such experiment, or a draft the caller cannot see")
    public ScoreSetSearchResult list(@PathParam("urn") String urn, @BeanParam LineageQuery lineage, @BeanParam PageQuery page) {
        return discovery.inExperiment(urn, Caller.of(identity), lineage.mode(), page.limit(), page.offset());
    }
}
