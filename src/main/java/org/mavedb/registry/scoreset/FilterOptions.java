package org.mavedb.registry.scoreset;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FilterOptions", description = "The values found in the lineage-resolved result of a search, each with the "
        + "number of matching score sets that have it; most frequent first, ties by value")
public record FilterOptions(List<Option> targetGeneNames, List<Option> targetOrganismNames,
        List<Option> targetGeneCategories, List<Option> keywords) {

    @Schema(name = "FilterOption")
    public record Option(String value, long count) {}
}
