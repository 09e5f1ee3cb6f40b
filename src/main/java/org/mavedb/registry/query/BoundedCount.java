package org.mavedb.registry.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Counts a list's matches up to {@code registry.search.exact-total-threshold}, as search engines
 * do: beyond it the total is the threshold, flagged as a lower bound. Counting stops after the
 * threshold's rows, so a broad match costs what the threshold does, not what the corpus does.
 */
@ApplicationScoped
public class BoundedCount {

    private final long threshold;

    public BoundedCount(@ConfigProperty(name = "registry.search.exact-total-threshold") long threshold) {
        this.threshold = threshold;
    }

    /** The total of {@code fromWhere}, a native FROM clause with its WHERE ({@code where}'s parameters bound). */
    public Total count(Session session, String fromWhere, SqlWhere where) {
        long counted = where.bindTo(session.createNativeQuery("select count(*) from (select 1" + fromWhere
                + " limit " + (threshold + 1) + ") matches", Long.class)).getSingleResult();
        return counted > threshold ? new Total(threshold, false) : Total.exact(counted);
    }
}
