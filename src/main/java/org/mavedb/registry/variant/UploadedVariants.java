package org.mavedb.registry.variant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The variants of one upload, the names of their further columns in upload order, and, for a CSV
 * file, each variant's row number: problems are named where the client wrote them ({@code row 7,
 * hgvs_nt} in a file, {@code variants[5].hgvsNt} in JSON).
 */
record UploadedVariants(@NotEmpty List<@Valid @NotNull VariantInput> variants, List<String> columns, int[] csvRows) {

    static UploadedVariants ofJson(List<VariantInput> variants) {
        Set<String> columns = new LinkedHashSet<>();
        if (variants != null) {
            variants.stream().filter(v -> v != null).forEach(v -> columns.addAll(v.data().keySet()));
        }
        return new UploadedVariants(variants, List.copyOf(columns), null);
    }

    String where(int index, VariantColumn column) {
        return csvRows == null ? "variants[" + index + "]." + column.jsonName : "row " + csvRows[index] + ", " + column.csvName;
    }

    String whereScore(int index) {
        return csvRows == null ? "variants[" + index + "].score" : "row " + csvRows[index] + ", score";
    }

    /** The column as a whole, for problems of every row at once. */
    String column(String csvName, String jsonName) {
        return csvRows == null ? "variants[*]." + jsonName : csvName;
    }
}
