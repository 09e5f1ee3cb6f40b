package org.mavedb.registry.query;

/** How many items a list matches: exact, or (beyond the threshold) the threshold as a lower bound. */
public record Total(long count, boolean exact) {

    public static Total exact(long count) {
        return new Total(count, true);
    }
}
