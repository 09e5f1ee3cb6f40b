package org.mavedb.registry.targetgene;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.dataset.DatabaseIdentifier;

/**
 * The target's entry in a reference database, with the offset MaveDB gives: the position in that
 * entry's sequence where the target's first residue or base lies, minus one.
 */
@Schema(name = "ExternalIdentifier", description = "The target in UniProt, Ensembl or RefSeq, with its offset there")
@RegisterForReflection
@DatabaseIdentifier.WellFormed
public record ExternalIdentifier(
        @NotNull ExternalDatabase dbName,
        @Schema(description = "UniProt: `P38398`; Ensembl: `ENSG00000012048`; RefSeq: `NM_007294.4`")
        @NotNull @Size(max = 100) String identifier,
        @Schema(description = "Where the target starts in the entry's sequence, minus one; 0 by default")
        @PositiveOrZero Integer offset) implements DatabaseIdentifier {

    public ExternalIdentifier {
        offset = offset == null ? 0 : offset;
    }

    @Schema(name = "ExternalDatabase")
    @RegisterForReflection
    public enum ExternalDatabase implements DatabaseIdentifier.Database {
        @JsonProperty("UniProt") UNIPROT("UniProt",
                "([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})(-[0-9]+)?", "P38398"),
        @JsonProperty("Ensembl") ENSEMBL("Ensembl", "ENS[A-Z]*[EGPTR][0-9]{11}(\\.[0-9]+)?", "ENSG00000012048"),
        @JsonProperty("RefSeq") REFSEQ("RefSeq", "(AC|NC|NG|NT|NW|NZ|NM|NR|XM|XR|NP|XP|YP|WP)_[0-9]+(\\.[0-9]+)?", "NM_007294.4");

        private final DatabaseIdentifier.Syntax syntax;

        ExternalDatabase(String wireName, String pattern, String example) {
            this.syntax = new DatabaseIdentifier.Syntax(wireName, pattern, example);
        }

        @Override
        public DatabaseIdentifier.Syntax syntax() {
            return syntax;
        }

        @Override
        public String toString() {
            return syntax.name();
        }
    }
}
