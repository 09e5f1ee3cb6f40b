package org.mavedb.registry.variant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.lineage.LineageMode;
import org.mavedb.registry.query.Paging;

@Schema(name = "VariantSearch", description = "Variant search over published score sets. Every given criterion must hold; "
        + "an empty body (or `{}`) matches every variant in the endpoint's view.")
public record VariantSearch(
        @Schema(description = "Exact match on `hgvsNt` or `hgvsPro`")
        @Size(max = VariantInput.MAX_HGVS) String hgvs,
        @Schema(description = "Only variants of these score sets; unknown or invalid-for-the-view urns match nothing")
        @Size(max = 1000) List<@NotBlank @Size(max = 64) String> scoreSetUrns,
        @Schema(description = "Same as the `lineage` query parameter; if both are given they must agree")
        LineageMode lineage,
        @Schema(minimum = "1", maximum = "1000", defaultValue = "100") @Min(1) @Max(Paging.MAX_LIMIT) Long limit,
        @Schema(minimum = "0", defaultValue = "0") @Min(0) @Max(Paging.MAX_OFFSET) Long offset) {

    static final VariantSearch EVERYTHING = new VariantSearch(null, null, null, null, null);
}
