package org.mavedb.registry.variant;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VariantInput", description = "One uploaded variant; `hgvsNt` or, for protein-only data, `hgvsPro` is "
        + "required. Variant strings are MAVE-HGVS and must agree with the score set's targets.")
@RegisterForReflection
public record VariantInput(
        @Schema(nullable = true, description = "`c.`, `n.`, `g.`, `m.`, `o.` or `r.` variant; `<accession>:` or `<label>:` "
                + "prefixed when the score set's target is an accession or it has several targets")
        @Size(max = VariantInput.MAX_HGVS) String hgvsNt,
        @Schema(nullable = true, description = "`c.` or `n.` splice variant; needs a `g.` `hgvsNt`")
        @Size(max = VariantInput.MAX_HGVS) String hgvsSplice,
        @Schema(nullable = true, description = "`p.` variant") @Size(max = VariantInput.MAX_HGVS) String hgvsPro,
        @Schema(nullable = true) Double score,
        @Schema(description = DATA_DESCRIPTION, nullable = true)
        @JsonDeserialize(contentUsing = DataValueDeserializer.class)
        @Size(max = VariantInput.MAX_COLUMNS) Map<@Size(max = VariantInput.MAX_COLUMN_NAME) String, Object> data) {

    public static final int MAX_HGVS = 500;
    public static final int MAX_COLUMNS = 100;
    public static final int MAX_COLUMN_NAME = 100;
    static final String DATA_DESCRIPTION = "Further columns by name, in upload order: each value a number (integers "
            + "stay integers), text, or null for a missing value";

    public VariantInput {
        data = data == null ? Map.of() : data;
    }

    @AssertTrue(message = "give hgvsNt or hgvsPro")
    @Schema(hidden = true)
    public boolean isIdentified() {
        return hgvsNt != null || hgvsPro != null;
    }
}
