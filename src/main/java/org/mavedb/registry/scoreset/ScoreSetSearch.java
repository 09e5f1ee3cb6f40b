package org.mavedb.registry.scoreset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.lineage.LineageMode;
import org.mavedb.registry.query.Paging;
import org.mavedb.registry.targetgene.TargetCategory;

@Schema(name = "ScoreSetSearch", description = "Score set search. Every given criterion must hold; a list matches when "
        + "any of its values does. An empty body (or `{}`) matches every score set in the endpoint's view.")
public record ScoreSetSearch(
        @Schema(description = "Full-text search, case-insensitive. A score set matches when every word of the text occurs "
                + "in its title, short description, target gene names or accessions, abstract, method or keywords, as a word "
                + "or the start of one, stemmed or as written (`scores` finds `score`, `thermostab` finds `thermostability`, "
                + "`BRCA` finds BRCA1, `NM_0072` finds NM_007294.4). Punctuation separates words and is never a wildcard: "
                + "`%`, `_` and `\\` match nothing by themselves. Text inside a word (`utational`) does not match: earlier "
                + "releases matched any substring, which no index can serve at a million score sets. `sort: relevance` "
                + "ranks title over short description and target genes over abstract and method over keywords.")
        @Size(max = 500) String text,
        @Schema(description = "Target gene names (exact)")
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> targets,
        @Schema(description = "Target organisms (exact)")
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> targetOrganismNames,
        @Schema(description = "Target gene categories")
        @Size(max = 10) List<@NotNull TargetCategory> targetTypes,
        @Schema(description = "Keywords (exact)")
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> keywords,
        @Schema(description = "Same as the `lineage` query parameter; if both are given they must agree")
        LineageMode lineage,
        @Schema(ref = "ScoreSetOrder") ScoreSetOrder sort,
        @Schema(minimum = "1", maximum = "1000", defaultValue = "100") @Min(1) @Max(Paging.MAX_LIMIT) Long limit,
        @Schema(minimum = "0", defaultValue = "0") @Min(0) @Max(Paging.MAX_OFFSET) Long offset) {

    static final ScoreSetSearch EVERYTHING = new ScoreSetSearch(null, null, null, null, null, null, null, null, null);
}
