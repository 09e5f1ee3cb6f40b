package org.mavedb.registry.common;

/**
 * Parses paging query parameters. They are bound as strings so that a bad value is a 400 problem
 * naming the parameter rather than the JAX-RS default (404 for an unconvertible query parameter).
 */
public final class Paging {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_OFFSET = 1_000_000_000;

    private Paging() {
    }

    public static int limit(String value) {
        long limit = parse("limit", value, DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return (int) limit;
    }

    public static int offset(String value) {
        long offset = parse("offset", value, 0);
        if (offset < 0 || offset > MAX_OFFSET) {
            throw ProblemException.invalid("offset", "must be between 0 and " + MAX_OFFSET);
        }
        return (int) offset;
    }

    public static long nonNegativeLong(String name, String value) {
        long parsed = parse(name, value, 0);
        if (parsed < 0) {
            throw ProblemException.invalid(name, "must be 0 or greater");
        }
        return parsed;
    }

    private static long parse(String name, String value, long defaultValue) {
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be an integer");
        }
    }
}
