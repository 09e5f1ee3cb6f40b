package org.mavedb.registry.query;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * The sequence every discovery list runs: count the matches, select one page of rows, load the
 * page's items by id. The count goes up to {@code registry.search.exact-total-threshold}, as search
 * engines count: beyond it the total is the threshold, flagged as a lower bound, so a broad match
 * costs what the threshold does, not what the corpus does.
 */
@ApplicationScoped
public class Pager {

    private final long threshold;

    public Pager(@ConfigProperty(name = "registry.search.exact-total-threshold") long threshold) {
        this.threshold = threshold;
    }

    /**
     * The total of {@code query} and its page {@code offset .. offset + limit}, whose rows
     * {@code load} turns into items (in the rows' order).
     */
    public <R, T> Page<T> page(Session session, ListQuery<R> query, int limit, int offset, Function<List<R>, List<T>> load) {
        return page(session, query, query, limit, offset, load);
    }

    /**
     * As {@link #page(Session, ListQuery, int, int, Function)}, but a page among more matches than
     * the threshold, within the first tenth of it, is selected by {@code broadPage}: the same rows
     * in the same order, matched in a way the planner walks the order's index for. That is the
     * cheap plan when matches are many (a page is found after about page × corpus / matches rows)
     * and the expensive one when they are few, which is the case PostgreSQL's estimate cannot tell
     * apart for a full-text prefix match; the count just taken can.
     */
    public <R, T> Page<T> page(Session session, ListQuery<R> query, ListQuery<R> broadPage, int limit, int offset,
            Function<List<R>, List<T>> load) {
        // Both native queries are untyped: Hibernate 7.2 finds no cached plan for a native query typed
        // with a basic class such as Long.class, so each execution would add another copy of the plan to
        // the cache, and every later lookup of the same SQL would compare against all of them
        // (NativeQueryPlanCacheTest).
        long counted = ((Number) query.where().bindTo(session.createNativeQuery(query.countSql(threshold + 1)))
                .getSingleResult()).longValue();
        Total total = counted > threshold ? new Total(threshold, false) : Total.exact(counted);
        if (counted == 0) {
            return new Page<>(total, List.of());
        }
        ListQuery<R> pageQuery = !total.exact() && offset + limit <= threshold / 10 ? broadPage : query;
        List<R> rows = ((List<?>) pageQuery.where().bindTo(session.createNativeQuery(pageQuery.pageSql()))
                .setFirstResult(offset).setMaxResults(limit).getResultList()).stream().map(pageQuery.rowType()::cast).toList();
        return new Page<>(total, rows.isEmpty() ? List.of() : load.apply(rows));
    }
}
