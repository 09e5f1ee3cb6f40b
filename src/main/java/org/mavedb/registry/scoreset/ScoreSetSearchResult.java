package org.mavedb.registry.scoreset;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.query.Paging;

@Schema(name = "ScoreSetSearchResult", description = "One page of score sets, newest first (`publishedDate`, for drafts "
        + "`modificationDate`; ties by `urn`), and how many match in all")
public record ScoreSetSearchResult(long numScoreSets,
        @Schema(description = Paging.TOTAL_IS_EXACT_DESCRIPTION) boolean totalIsExact,
        List<ScoreSetView> scoreSets) {

    /** An exact total: every count this service makes today is. */
    ScoreSetSearchResult(long numScoreSets, List<ScoreSetView> scoreSets) {
        this(numScoreSets, true, scoreSets);
    }
}
