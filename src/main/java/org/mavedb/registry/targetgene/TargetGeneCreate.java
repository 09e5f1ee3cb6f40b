package org.mavedb.registry.targetgene;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.problem.Problem;
import org.mavedb.registry.problem.ProblemException;

@Schema(name = "TargetGeneCreate", description = "A target gene; give exactly one of `sequence` and `accession`")
public record TargetGeneCreate(
        @NotBlank @Size(max = 200) String name,
        @NotNull TargetCategory category,
        @Size(max = 200) String organism,
        @Valid TargetSequence sequence,
        @Schema(description = "Reference sequence accession, e.g. `NM_000546.6`")
        @Size(max = 100) @Pattern(regexp = "^\\S+$", message = "must not contain whitespace") String accession,
        @Schema(description = "Names this target in variant strings (`<label>:c.1A>G`); required, and unique within "
                + "the score set, when a score set has more than one target")
        @Size(max = 100) @Pattern(regexp = LABEL_PATTERN, message = "may contain only letters, digits, '_', '.' and '-'")
        String label,
        @Schema(description = "The target in UniProt, Ensembl or RefSeq")
        @Size(max = 10) List<@Valid @NotNull ExternalIdentifier> externalIdentifiers) {

    public static final String LABEL_PATTERN = "^[A-Za-z0-9_.-]+$";

    /**
     * Variants name their target by label when a score set has several (API.md §1), so each then
     * needs one, and no two may share it: 400 naming each offending target otherwise.
     */
    public static void requireLabels(List<TargetGeneCreate> targets) {
        if (targets.size() < 2) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            String label = targets.get(i).label();
            if (label == null) {
                errors.add(new Problem.FieldError("targetGenes[" + i + "].label", "is required when a score set has more than one target"));
            } else if (!seen.add(label)) {
                errors.add(new Problem.FieldError("targetGenes[" + i + "].label", "'" + label + "' names another target of this score set too"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    @AssertTrue(message = "give exactly one of sequence and accession")
    @Schema(hidden = true)
    public boolean isSequenceXorAccession() {
        return (sequence == null) != (accession == null);
    }

    @Schema(name = "TargetSequence")
    @RegisterForReflection
    public record TargetSequence(
            @NotBlank @Size(max = 100_000) @Pattern(regexp = "^[A-Za-z*]+$", message = "must contain only sequence letters")
            String sequence,
            @NotNull SequenceType sequenceType) {}
}
