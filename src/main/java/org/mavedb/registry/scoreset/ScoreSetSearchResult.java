package org.mavedb.registry.scoreset;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.query.Paging;
import org.mavedb.registry.query.Total;

@Schema(name = "ScoreSetSearchResult", description = "One page of score sets, newest first (`publishedDate`, for drafts "
        + "`modificationDate`; ties by `urn`), and how many match in all")
public record ScoreSetSearchResult(long numScoreSets,
        @Schema(description = Paging.TOTAL_IS_EXACT_DESCRIPTION) boolean totalIsExact,
        List<ScoreSetView> scoreSets) {

    ScoreSetSearchResult(Total total, List<ScoreSetView> scoreSets) {
        this(total.count(), total.exact(), scoreSets);
    }
}
