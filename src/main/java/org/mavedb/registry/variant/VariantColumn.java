package org.mavedb.registry.variant;

import java.util.function.Function;

/** The standard columns of a MaveDB scores or counts file, by their CSV and JSON names. */
enum VariantColumn {
    HGVS_NT("hgvs_nt", "hgvsNt", VariantInput::hgvsNt),
    HGVS_SPLICE("hgvs_splice", "hgvsSplice", VariantInput::hgvsSplice),
    HGVS_PRO("hgvs_pro", "hgvsPro", VariantInput::hgvsPro);

    final String csvName;
    final String jsonName;
    private final Function<VariantInput, String> value;

    VariantColumn(String csvName, String jsonName, Function<VariantInput, String> value) {
        this.csvName = csvName;
        this.jsonName = jsonName;
        this.value = value;
    }

    String of(VariantInput variant) {
        return value.apply(variant);
    }
}
