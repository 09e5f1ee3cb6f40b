package org.mavedb.registry.targetgene;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.query.Paging;
import org.mavedb.registry.query.Total;

@Schema(name = "TargetGeneSearchResult", description = "One page of target genes, by name then id, and how many match in all")
public record TargetGeneSearchResult(long numTargetGenes,
        @Schema(description = Paging.TOTAL_IS_EXACT_DESCRIPTION) boolean totalIsExact,
        List<TargetGeneView> targetGenes) {

    TargetGeneSearchResult(Total total, List<TargetGeneView> targetGenes) {
        this(total.count(), total.exact(), targetGenes);
    }
}
