package org.mavedb.registry.targetgene;

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

@Path("/api/v1/me/target-genes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Target genes")
public class MyTargetGeneResource {

    private final TargetGeneService targets;
    private final SecurityIdentity identity;

    public MyTargetGeneResource(TargetGeneService targets, SecurityIdentity identity) {
        this.targets = targets;
        this.identity = identity;
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchMyTargetGenes", summary = "Search the target genes of the caller's own score sets",
            description = "Drafts included. Lineage-aware: in `collapsed` mode (default) the target genes of a score set that "
                    + "has a published superseder, or one that is the caller's own draft, are left out.")
    @APIResponse(responseCode = "200", description = "One page of matching target genes and their total number")
    @APIResponse(responseCode = "400", description = "Invalid body, unknown `lineage`, or query and body `lineage` disagree")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @Authenticated
    public TargetGeneSearchResult search(@BeanParam LineageQuery lineage,
            @RequestBody(required = false, description = LineageQuery.SEARCH_BODY) @Valid TargetGeneSearch body) {
        LineageView mine = LineageView.ownedBy(Caller.of(identity));
        TargetGeneSearch search = body == null ? TargetGeneSearch.EVERYTHING : body;
        return targets.search(search, new LineageFilter(mine, lineage.mode(search.lineage())));
    }
}
