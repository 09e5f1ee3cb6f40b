package org.mavedb.registry.problem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A failure and everything behind it: its causes and its suppressed exceptions, transitively. The
 * transaction manager reports a failed commit as a RollbackException whose reason (the driver's
 * SQLException) is only attached as suppressed, so following getCause() alone would miss it.
 */
public final class Causes {

    private Causes() {
    }

    public static List<Throwable> of(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            all.add(next);
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            Collections.addAll(pending, next.getSuppressed());
        }
        return all;
    }
}
