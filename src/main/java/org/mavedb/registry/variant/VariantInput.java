package org.mavedb.registry.variant;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VariantInput", description = "One uploaded variant; at least one of `hgvsNt` and `hgvsPro` is required")
@RegisterForReflection
public record VariantInput(
        @Schema(nullable = true) @Size(max = VariantInput.MAX_HGVS) String hgvsNt,
        @Schema(nullable = true) @Size(max = VariantInput.MAX_HGVS) String hgvsPro,
        @Schema(nullable = true) Double score,
        @Schema(description = "Further numeric columns by name; a missing value is null", nullable = true,
                additionalProperties = NullableNumber.class)
        @Size(max = VariantInput.MAX_COLUMNS) Map<@Size(max = 100) String, Double> data) {

    public static final int MAX_HGVS = 500;
    public static final int MAX_COLUMNS = 100;

    public VariantInput {
        data = data == null ? Map.of() : data;
    }

    @AssertTrue(message = "give hgvsNt or hgvsPro")
    @Schema(hidden = true)
    public boolean isIdentified() {
        return !isBlank(hgvsNt) || !isBlank(hgvsPro);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
