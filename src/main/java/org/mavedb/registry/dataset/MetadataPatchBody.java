package org.mavedb.registry.dataset;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a metadata merge patch; the server reads the raw JSON through {@link MetadataPatch}. */
@Schema(name = "MetadataPatch", description = "JSON Merge Patch of editable metadata: every field optional; null clears an optional field")
public record MetadataPatchBody(
        @Schema(maxLength = Metadata.Limits.TITLE) String title,
        @Schema(maxLength = Metadata.Limits.SHORT_DESCRIPTION) String shortDescription,
        @Schema(maxLength = Metadata.Limits.LONG_TEXT, nullable = true) String abstractText,
        @Schema(maxLength = Metadata.Limits.LONG_TEXT, nullable = true) String methodText,
        @Schema(maxItems = Metadata.Limits.KEYWORDS, nullable = true) List<String> keywords,
        @Schema(nullable = true, description = "Null removes the licence; a published score set keeps one") License license,
        @Schema(maxItems = Metadata.Limits.PUBLICATIONS, nullable = true, description = "Replaces the list; null empties it")
        List<PublicationIdentifier> publicationIdentifiers) {}
