package org.mavedb.registry.scoreset;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.dataset.License;
import org.mavedb.registry.dataset.PublicationIdentifier;
import org.mavedb.registry.targetgene.TargetGeneView;

@Schema(name = "ScoreSet")
@RegisterForReflection
public record ScoreSetView(
        @Schema(description = "`tmp:<uuid>` while a draft, `<experiment urn>-<n>` once published") String urn,
        String experimentUrn,
        String title,
        String shortDescription,
        @Schema(nullable = true) String abstractText,
        @Schema(nullable = true) String methodText,
        List<String> keywords,
        @Schema(description = "Username of the creator") String createdBy,
        Instant creationDate,
        Instant modificationDate,
        @Schema(description = "Null while a draft", nullable = true) Instant publishedDate,
        @JsonProperty("private") @Schema(description = "True for drafts, which only their creator and admins can see")
        boolean isPrivate,
        @Schema(description = "Increases with every committed change; also sent as the ETag") int version,
        List<TargetGeneView> targetGenes,
        int numVariants,
        @Schema(description = "The earlier score set this one replaces", nullable = true) String supersededScoreSetUrn,
        @Schema(description = "The newer score set that replaces this one; shown only when the caller can see it",
                nullable = true)
        String supersedingScoreSetUrn,
        @Schema(description = "Licence of the data; a draft may not have one yet", nullable = true) License license,
        List<PublicationIdentifier> publicationIdentifiers) {

    public static ScoreSetView of(ScoreSet s, String supersedingScoreSetUrn) {
        return new ScoreSetView(s.urn, s.experiment.urn, s.title, s.shortDescription, s.abstractText, s.methodText,
                List.copyOf(s.keywords), s.createdBy.username, s.creationDate, s.modificationDate, s.publishedDate,
                !s.isPublished(), s.version,
                s.targetGenes.stream().map(t -> TargetGeneView.of(t, s.urn)).toList(),
                s.numVariants,
                s.supersededScoreSet == null ? null : s.supersededScoreSet.urn,
                supersedingScoreSetUrn, s.license, List.copyOf(s.publicationIdentifiers));
    }
}
