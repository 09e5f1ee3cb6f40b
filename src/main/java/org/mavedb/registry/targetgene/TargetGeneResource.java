package org.mavedb.registry.targetgene;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.lineage.LineageQuery;
import org.mavedb.registry.lineage.LineageView;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.query.PageQuery;
import org.mavedb.registry.security.Caller;

@Path("/api/v1/target-genes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Target genes")
public class TargetGeneResource {

    static final String LINEAGE_DESCRIPTION = "Lineage-aware: in `collapsed` mode (default) the target genes of a score set "
            + "that has a superseder in the endpoint's view are left out.";

    private final TargetGeneService targets;
    private final SecurityIdentity identity;

    public TargetGeneResource(TargetGeneService targets, SecurityIdentity identity) {
        this.targets = targets;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listTargetGenes", summary = "Target genes of published score sets",
            description = "Ordered by name, then id. Public: the same for every caller. " + LINEAGE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of target genes and the total number")
    @APIResponse(responseCode = "400", description = "Unknown `lineage`, or `limit`/`offset` out of range")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    public TargetGeneSearchResult list(@BeanParam LineageQuery lineage, @BeanParam PageQuery page) {
        TargetGeneSearch all = new TargetGeneSearch(null, null, (long) page.limit(), (long) page.offset());
        return targets.search(all, new LineageFilter(LineageView.publicView(), lineage.mode()));
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchTargetGenes", summary = "Search target genes of published score sets",
            description = "Ordered by name, then id. Public: the same for every caller. " + LINEAGE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of matching target genes and their total number")
    @APIResponse(responseCode = "400", description = "Invalid body, unknown `lineage`, or query and body `lineage` disagree")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    public TargetGeneSearchResult search(@BeanParam LineageQuery lineage,
            @RequestBody(required = false, description = LineageQuery.SEARCH_BODY) @Valid TargetGeneSearch body) {
        TargetGeneSearch search = body == null ? TargetGeneSearch.EVERYTHING : body;
        return targets.search(search, new LineageFilter(LineageView.publicView(), lineage.mode(search.lineage())));
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
        return targets.get(parseId(id), Caller.of(identity));
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
