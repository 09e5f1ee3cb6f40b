package org.mavedb.registry.variant;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The variants of one upload, read from the request body one at a time, so that an upload of any
 * size is held in memory a row at a time. A row the reader cannot make a variant of is reported to
 * the upload's problems and skipped; the caller decides what the remaining rows are worth.
 */
interface VariantReader {

    /** The next variant, or null after the last. */
    VariantRow next() throws IOException;

    /** The further columns in upload order; complete once {@link #next} has returned null. */
    List<String> columns();

    /**
     * The further columns that turned out to hold text after values that look like numbers had been
     * read as numbers: those values are stored as text too, as the column's other values are.
     */
    Set<String> textColumns();

    /** How problems name a place in this upload: by CSV row and column, or by JSON path. */
    boolean isCsv();

    /** The problems found so far, shared with the rules the variants are checked against. */
    UploadProblems problems();
}
