package org.mavedb.registry.targetgene;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetGeneSearchResult", description = "One page of target genes, by name then id, and how many match in all")
public record TargetGeneSearchResult(long numTargetGenes, List<TargetGeneView> targetGenes) {}
