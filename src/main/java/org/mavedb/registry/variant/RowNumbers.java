package org.mavedb.registry.variant;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where each stored variant was written (CSV line or JSON index), remembered as the positions at
 * which the distance between position and row number changes: a blank line, a comment or a quoted
 * line break moves it; most files never do. Problems found in SQL, by position, can then name
 * the row the client wrote, without a number kept per row.
 */
final class RowNumbers {

    private final TreeMap<Integer, Integer> offsets = new TreeMap<>();
    private int lastOffset = Integer.MIN_VALUE;

    void add(int position, int number) {
        int offset = number - position;
        if (offset != lastOffset) {
            offsets.put(position, offset);
            lastOffset = offset;
        }
    }

    int of(int position) {
        Map.Entry<Integer, Integer> entry = offsets.floorEntry(position);
        return position + (entry == null ? 0 : entry.getValue());
    }
}
