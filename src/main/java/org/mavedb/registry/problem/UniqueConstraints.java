package org.mavedb.registry.problem;

import java.util.Map;
import java.util.Optional;

/**
 * Unique constraints that a concurrent request can legitimately lose against, and the 409 each
 * means. They are matched by name: any other constraint violation is a bug and stays a 500.
 */
public final class UniqueConstraints {

    private static final Map<String, String> CONFLICTS = Map.of(
            "users_username_key", "This username is taken",
            "score_sets_superseded_once", "This score set is already superseded by another score set");

    private UniqueConstraints() {
    }

    public static Optional<ProblemException> conflictFor(String constraintName) {
        return Optional.ofNullable(constraintName).map(CONFLICTS::get).map(ProblemException::conflict);
    }
}
