package org.mavedb.registry.variant;

import java.util.ArrayList;
import java.util.List;
import org.mavedb.registry.problem.Problem;
import org.mavedb.registry.problem.ProblemException;

/**
 * The problems of one upload: every one is counted, the first {@value #LISTED} are listed, so that
 * a scientist sees where to start and how much there is to fix without a megabyte of errors.
 */
final class UploadProblems {

    static final int LISTED = 20;

    private final List<Problem.FieldError> listed = new ArrayList<>();
    private int total;

    void add(String field, String message) {
        total++;
        if (listed.size() < LISTED) {
            listed.add(new Problem.FieldError(field, message));
        }
    }

    /** Counts problems of which none is listed: the rest of a kind whose first ones were added. */
    void addUnlisted(int count) {
        total += count;
    }

    boolean isEmpty() {
        return total == 0;
    }

    int total() {
        return total;
    }

    /** A value as a problem quotes it: in quotes, cut at 60 characters. */
    static String quoted(String value) {
        return "'" + (value.length() <= 60 ? value : value.substring(0, 60) + "…") + "'";
    }

    /** 400 listing the problems, if there are any. */
    void throwIfAny() {
        if (total > 0) {
            throw ProblemException.invalid(List.copyOf(listed), total);
        }
    }
}
