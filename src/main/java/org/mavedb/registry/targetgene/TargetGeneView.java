package org.mavedb.registry.targetgene;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetGene")
@RegisterForReflection
public record TargetGeneView(
        long id,
        String name,
        TargetCategory category,
        @Schema(nullable = true) String organism,
        @Schema(description = "The target's sequence, unless it is given by `accession`", nullable = true)
        TargetGeneCreate.TargetSequence sequence,
        @Schema(description = "The target's reference sequence accession, unless it is given by `sequence`", nullable = true)
        String accession,
        @Schema(description = "Names the target in its score set's variant strings", nullable = true) String label,
        List<ExternalIdentifier> externalIdentifiers,
        @Schema(description = "Urn of the score set this target belongs to") String scoreSetUrn) {

    public static TargetGeneView of(TargetGene target, String scoreSetUrn) {
        TargetGeneCreate.TargetSequence sequence = target.sequence == null ? null
                : new TargetGeneCreate.TargetSequence(target.sequence, target.sequenceType);
        return new TargetGeneView(target.id, target.name, target.category, target.organism, sequence,
                target.accession, target.label,
                List.copyOf(target.externalIdentifiers), scoreSetUrn);
    }
}
