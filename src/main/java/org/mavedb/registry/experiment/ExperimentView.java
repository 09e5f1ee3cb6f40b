package org.mavedb.registry.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.dataset.License;
import org.mavedb.registry.dataset.PublicationIdentifier;

@Schema(name = "Experiment")
@RegisterForReflection
public record ExperimentView(
        @Schema(description = "`tmp:<uuid>` while a draft, `urn:mavedb:<set>-<letters>` once published") String urn,
        @Schema(description = "Urn of the experiment set, once it has one", nullable = true) String experimentSetUrn,
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
        @Schema(description = "Licence of the experiment's descriptions", nullable = true) License license,
        List<PublicationIdentifier> publicationIdentifiers) {

    public static ExperimentView of(Experiment e) {
        return new ExperimentView(e.urn, e.experimentSet == null ? null : e.experimentSet.urn, e.title,
                e.shortDescription, e.abstractText, e.methodText, List.copyOf(e.keywords), e.createdBy.username,
                e.creationDate, e.modificationDate, e.publishedDate, !e.isPublished(), e.version, e.license,
                List.copyOf(e.publicationIdentifiers));
    }
}
