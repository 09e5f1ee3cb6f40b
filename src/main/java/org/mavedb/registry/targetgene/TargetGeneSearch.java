package org.mavedb.registry.targetgene;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.lineage.LineageMode;
import org.mavedb.registry.query.Paging;

@Schema(name = "TargetGeneSearch", description = "Target gene search; an empty body (or `{}`) matches every target gene "
        + "in the endpoint's view")
public record TargetGeneSearch(
        @Schema(description = "Case-insensitive start of the name, accession or organism (`BRCA` finds BRCA1 and BRCA2, "
                + "`NM_0072` finds NM_007294.4); `%`, `_` and `\\` match themselves, never as wildcards. Results are ordered by "
                + "name, case-insensitively, then id. Earlier releases matched any substring, which no index can serve at a "
                + "million score sets.")
        @Size(max = 500) String text,
        @Schema(description = "Same as the `lineage` query parameter; if both are given they must agree")
        LineageMode lineage,
        @Schema(minimum = "1", maximum = "1000", defaultValue = "100") @Min(1) @Max(Paging.MAX_LIMIT) Long limit,
        @Schema(minimum = "0", defaultValue = "0") @Min(0) @Max(Paging.MAX_OFFSET) Long offset) {

    static final TargetGeneSearch EVERYTHING = new TargetGeneSearch(null, null, null, null);
}
