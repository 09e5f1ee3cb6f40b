package org.mavedb.registry.scoreset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.dataset.License;
import org.mavedb.registry.dataset.Metadata;
import org.mavedb.registry.dataset.Metadata.Limits;
import org.mavedb.registry.dataset.PublicationIdentifier;
import org.mavedb.registry.targetgene.TargetGeneCreate;

@Schema(name = "ScoreSetCreate")
public record ScoreSetCreate(
        @Schema(description = "Urn of the experiment this score set belongs to; the caller must own it")
        @NotBlank @Size(max = 64) String experimentUrn,
        @NotBlank @Size(max = Limits.TITLE) String title,
        @NotBlank @Size(max = Limits.SHORT_DESCRIPTION) String shortDescription,
        @Size(max = Limits.LONG_TEXT) String abstractText,
        @Size(max = Limits.LONG_TEXT) String methodText,
        @Size(max = Limits.KEYWORDS) List<@Valid @NotBlank @Size(max = Limits.KEYWORD) String> keywords,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull TargetGeneCreate> targetGenes,
        @Schema(description = "Urn of a published score set of the same experiment that this one replaces. "
                + "A score set can be superseded once, by its creator or an admin.")
        @Size(max = 64) String supersededScoreSetUrn,
        @Schema(description = "Licence of the data; required before the score set can be published") License license,
        @Schema(description = "Publications that describe it: PubMed ids, DOIs, bioRxiv/medRxiv ids")
        @Size(max = Limits.PUBLICATIONS) List<@Valid @NotNull PublicationIdentifier> publicationIdentifiers) {

    Metadata metadata() {
        return new Metadata(title, shortDescription, abstractText, methodText, keywords, license, publicationIdentifiers);
    }
}
