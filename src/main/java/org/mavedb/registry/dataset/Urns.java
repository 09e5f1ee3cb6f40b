package org.mavedb.registry.dataset;

import java.util.UUID;
import java.util.regex.Pattern;
import org.mavedb.registry.problem.ProblemException;

/** The shapes of MaveDB urns, and the checks that turn a malformed one into a 400. */
public final class Urns {

    private static final String TMP = "tmp:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String EXPERIMENT_SET = "urn:mavedb:[0-9]{8}";
    private static final String EXPERIMENT = EXPERIMENT_SET + "-[a-z]+";
    private static final String SCORE_SET = EXPERIMENT + "-[0-9]+";

    public static final Pattern EXPERIMENT_SET_URN = Pattern.compile(EXPERIMENT_SET);
    public static final Pattern EXPERIMENT_URN = Pattern.compile(TMP + "|" + EXPERIMENT);
    public static final Pattern SCORE_SET_URN = Pattern.compile(TMP + "|" + SCORE_SET);
    public static final Pattern VARIANT_URN = Pattern.compile("(" + TMP + "|" + SCORE_SET + ")#([1-9][0-9]{0,8})");

    private Urns() {
    }

    public static String newTemporary() {
        return "tmp:" + UUID.randomUUID();
    }

    public static String experimentSet(long number) {
        return String.format("urn:mavedb:%08d", number);
    }

    public static String experiment(String experimentSetUrn, int index) {
        return experimentSetUrn + "-" + letters(index);
    }

    public static String scoreSet(String experimentUrn, int number) {
        return experimentUrn + "-" + number;
    }

    public static String variant(String scoreSetUrn, int position) {
        return scoreSetUrn + "#" + position;
    }

    /** Bijective base-26: 1 → a, 26 → z, 27 → aa, 28 → ab, … */
    static String letters(int index) {
        StringBuilder out = new StringBuilder();
        for (int n = index; n > 0; n = (n - 1) / 26) {
            out.append((char) ('a' + (n - 1) % 26));
        }
        return out.reverse().toString();
    }

    /** Returns the urn, or throws a 400 problem naming the field when it does not have the expected shape. */
    public static String require(Pattern shape, String urn, String field, String what) {
        if (urn == null || !shape.matcher(urn).matches()) {
            throw ProblemException.invalid(field, "is not a valid " + what + " urn");
        }
        return urn;
    }
}
