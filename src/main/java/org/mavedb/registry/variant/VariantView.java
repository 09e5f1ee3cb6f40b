package org.mavedb.registry.variant;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.dataset.Urns;
import org.mavedb.registry.query.Paging;
import org.mavedb.registry.query.Total;

@Schema(name = "Variant")
@RegisterForReflection
public record VariantView(
        @Schema(description = "`<score set urn>#<n>`") String urn,
        String scoreSetUrn,
        @Schema(nullable = true) String hgvsNt,
        @Schema(nullable = true) String hgvsSplice,
        @Schema(nullable = true) String hgvsPro,
        @Schema(nullable = true) Double score,
        @Schema(description = VariantInput.DATA_DESCRIPTION)
        Map<String, Object> data,
        @Schema(description = "Count columns in upload order; null until counts are uploaded", nullable = true)
        Map<String, Object> counts) {

    static VariantView of(Variant variant, String scoreSetUrn) {
        return new VariantView(Urns.variant(scoreSetUrn, variant.position), scoreSetUrn, variant.hgvsNt,
                variant.hgvsSplice, variant.hgvsPro, variant.score, variant.data, variant.counts);
    }

    @Schema(name = "VariantPage")
    public record Page(long numVariants,
            @Schema(description = Paging.TOTAL_IS_EXACT_DESCRIPTION) boolean totalIsExact,
            List<VariantView> variants) {

        Page(Total total, List<VariantView> variants) {
            this(total.count(), total.exact(), variants);
        }
    }
}
