package org.mavedb.registry.variant;

/**
 * One variant of an upload and where it was written: its CSV row (the file's line number) or its
 * index in the JSON {@code variants} array, so that a problem names the place the client wrote.
 */
record VariantRow(VariantInput variant, int number, boolean csv) {

    String where(VariantColumn column) {
        return csv ? "row " + number + ", " + column.csvName : "variants[" + number + "]." + column.jsonName;
    }

    String whereScore() {
        return csv ? "row " + number + ", score" : "variants[" + number + "].score";
    }

    /** A column as a whole, for problems of every row at once. */
    static String column(boolean csv, String csvName, String jsonName) {
        return csv ? csvName : "variants[*]." + jsonName;
    }

    /** The place of the variant with this row number in an upload of this kind. */
    static String where(boolean csv, int number, VariantColumn column) {
        return new VariantRow(null, number, csv).where(column);
    }
}
