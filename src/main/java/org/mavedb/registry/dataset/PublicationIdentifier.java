package org.mavedb.registry.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A publication that describes an experiment or score set, as MaveDB cites them. */
@Schema(name = "PublicationIdentifier", description = "A publication by PubMed id, DOI, or bioRxiv/medRxiv id or DOI")
@RegisterForReflection
@DatabaseIdentifier.WellFormed
public record PublicationIdentifier(
        @NotNull PublicationDatabase dbName,
        @Schema(description = "PubMed: `29269382`; DOI: `10.1186/s13059-019-1845-6`; bioRxiv/medRxiv: `2021.03.10.434786` "
                + "or its `10.1101/...` DOI")
        @NotNull @Size(max = 200) String identifier) implements DatabaseIdentifier {

    @Schema(name = "PublicationDatabase")
    @RegisterForReflection
    public enum PublicationDatabase implements DatabaseIdentifier.Database {
        @JsonProperty("PubMed") PUBMED("PubMed", "[1-9][0-9]{0,8}", "29269382"),
        @JsonProperty("DOI") DOI("DOI", "10\\.[0-9]{4,9}/\\S+", "10.1186/s13059-019-1845-6"),
        @JsonProperty("bioRxiv") BIORXIV("bioRxiv", PREPRINT, "2021.03.10.434786"),
        @JsonProperty("medRxiv") MEDRXIV("medRxiv", PREPRINT, "2020.05.07.20093815");

        private final DatabaseIdentifier.Syntax syntax;

        PublicationDatabase(String wireName, String pattern, String example) {
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

    /** A preprint server's id (date and number) or its DOI. */
    private static final String PREPRINT = "([0-9]{4}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{6,8}|10\\.1101/\\S+)(v[0-9]+)?";
}
