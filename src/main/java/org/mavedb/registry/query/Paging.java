package org.mavedb.registry.query;

import java.util.regex.Pattern;
import org.mavedb.registry.problem.ProblemException;

/**
 * Checks paging values, from query parameters or search bodies. Query parameters are bound as
 * strings so that a bad value is a 400 problem naming the parameter rather than the JAX-RS default
 * (404 for an unconvertible query parameter).
 */
public final class Paging {

    public static final String TOTAL_IS_EXACT_DESCRIPTION = "Whether the total is exact. Totals are exact up to a "
            + "configured threshold (`REGISTRY_SEARCH_EXACT_TOTAL_THRESHOLD`, default 10,000 matches); beyond it the "
            + "total is that threshold, a lower bound, and this is false, as search engines report it. Pages are always "
            + "exact: page on with `offset` past the total to see more.";
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_OFFSET = 1_000_000_000;
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

    private Paging() {
    }

    public static int limit(String value) {
        return limit(parse("limit", value));
    }

    public static int offset(String value) {
        return offset(parse("offset", value));
    }

    /** The limit, {@link #DEFAULT_LIMIT} when absent; 400 outside 1..{@link #MAX_LIMIT}. */
    public static int limit(Long limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit.intValue();
    }

    /** The offset, 0 when absent; 400 outside 0..{@link #MAX_OFFSET}. */
    public static int offset(Long offset) {
        if (offset == null) {
            return 0;
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw ProblemException.invalid("offset", "must be between 0 and " + MAX_OFFSET);
        }
        return offset.intValue();
    }

    public static long nonNegativeLong(String name, String value) {
        Long parsed = parse(name, value);
        if (parsed != null && parsed < 0) {
            throw ProblemException.invalid(name, "must be 0 or greater");
        }
        return parsed == null ? 0 : parsed;
    }

    /**
     * Absent is null; anything but an optional minus and ASCII digits is a 400 ({@link Long#parseLong}
     * alone would read full-width digits such as "５", and an empty value is no number either).
     */
    private static Long parse(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            throw ProblemException.invalid(name, "must be an integer");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be an integer");
        }
    }
}
