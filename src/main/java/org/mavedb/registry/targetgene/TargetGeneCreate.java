package org.mavedb.registry.targetgene;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetGeneCreate", description = "A target gene; give exactly one of `sequence` and `accession`")
public record TargetGeneCreate(
        @NotBlank @Size(max = 200) String name,
        @NotNull TargetCategory category,
        @Size(max = 200) String organism,
        @Valid TargetSequence sequence,
        @Schema(description = "Reference sequence accession, e.g. `NM_000546.6`")
        @Size(max = 100) @Pattern(regexp = "^\\S+$", message = "must not contain whitespace") String accession) {

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
