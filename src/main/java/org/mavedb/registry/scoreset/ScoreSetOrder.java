package org.mavedb.registry.scoreset;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The order of a score set search's results. */
@Schema(name = "ScoreSetOrder", type = SchemaType.STRING, enumeration = {"newest", "relevance"},
        description = "`newest` (the default): newest `publishedDate` first (drafts by `modificationDate`), ties by `urn`. "
                + "`relevance`: best match of `text` first (title counts over short description and target genes over abstract "
                + "and method over keywords), then newest; the same as `newest` without `text`.")
public enum ScoreSetOrder {
    @JsonProperty("newest") NEWEST,
    @JsonProperty("relevance") RELEVANCE
}
