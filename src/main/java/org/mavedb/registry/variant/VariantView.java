package org.mavedb.registry.variant;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mavedb.registry.dataset.Urns;

@Schema(name = "Variant")
@RegisterForReflection
public record VariantView(
        @Schema(description = "`<score set urn>#<n>`") String urn,
        String scoreSetUrn,
        @Schema(nullable = true) String hgvsNt,
        @Schema(nullable = true) String hgvsPro,
        @Schema(nullable = true) Double score,
        @Schema(description = "Further columns by name; a missing value is null", additionalProperties = NullableNumber.class)
        Map<String, Double> data) {

    static VariantView of(Variant variant, String scoreSetUrn) {
        return new VariantView(Urns.variant(scoreSetUrn, variant.position), scoreSetUrn, variant.hgvsNt,
                variant.hgvsPro, variant.score, variant.data);
    }

    @Schema(name = "VariantPage")
    public record Page(long numVariants, List<VariantView> variants) {}
}
