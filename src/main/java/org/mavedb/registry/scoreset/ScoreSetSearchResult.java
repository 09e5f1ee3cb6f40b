package org.mavedb.registry.scoreset;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreSetSearchResult", description = "One page of score sets, newest first (`publishedDate`, for drafts "
        + "`modificationDate`; ties by `urn`), and how many match in all")
public record ScoreSetSearchResult(long numScoreSets, List<ScoreSetView> scoreSets) {}
