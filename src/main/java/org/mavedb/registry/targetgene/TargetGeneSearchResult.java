package org.mavedb.registry.targetgene;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.query.Paging;

@Schema(name = "TargetGeneSearchResult", description = "One page of target genes, by name then id, and how many match in all")
public record TargetGeneSearchResult(long numTargetGenes,
        @Schema(description = Paging.TOTAL_IS_EXACT_DESCRIPTION) boolean totalIsExact,
        List<TargetGeneView> targetGenes) {

    /** An exact total: every count this service makes today is. */
    TargetGeneSearchResult(long numTargetGenes, List<TargetGeneView> targetGenes) {
        this(numTargetGenes, true, targetGenes);
    }
}
