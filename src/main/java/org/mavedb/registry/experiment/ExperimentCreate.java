package org.mavedb.registry.experiment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.dataset.License;
import org.mavedb.registry.dataset.Metadata;
import org.mavedb.registry.dataset.Metadata.Limits;
import org.mavedb.registry.dataset.PublicationIdentifier;

@Schema(name = "ExperimentCreate")
public record ExperimentCreate(
        @NotBlank @Size(max = Limits.TITLE) String title,
        @NotBlank @Size(max = Limits.SHORT_DESCRIPTION) String shortDescription,
        @Size(max = Limits.LONG_TEXT) String abstractText,
        @Size(max = Limits.LONG_TEXT) String methodText,
        @Size(max = Limits.KEYWORDS) List<@Valid @NotBlank @Size(max = Limits.KEYWORD) String> keywords,
        @Schema(description = "Urn of an existing (published) experiment set to join, e.g. `urn:mavedb:00000001`. "
                + "Only the set's creator or an admin may add experiments to it.")
        @Size(max = 64) String experimentSetUrn,
        @Schema(description = "Licence of the experiment's descriptions") License license,
        @Schema(description = "Publications that describe it: PubMed ids, DOIs, bioRxiv/medRxiv ids")
        @Size(max = Limits.PUBLICATIONS) List<@Valid @NotNull PublicationIdentifier> publicationIdentifiers) {

    Metadata metadata() {
        return new Metadata(title, shortDescription, abstractText, methodText, keywords, license, publicationIdentifiers);
    }
}
