package org.mavedb.registry.lineage;

import org.mavedb.registry.query.SqlWhere;
import org.mavedb.registry.security.Caller;

/**
 * The view a discovery endpoint takes of score sets (API.md §3): which score sets it admits, and
 * which superseders it can see. A score set is the head of its chain in a view when no superseder
 * that the view sees exists. Rendered as SQL conditions over a {@code score_sets} alias, so that
 * every endpoint filters lineage in the database with the same rule.
 */
public final class LineageView {

    private enum Kind { PUBLIC, OWN, CALLER }

    static final String VIEWER = "lineageViewer";
    private static final LineageView PUBLIC = new LineageView(Kind.PUBLIC, null, false);

    private final Kind kind;
    private final Long viewerId;
    private final boolean admin;

    private LineageView(Kind kind, Long viewerId, boolean admin) {
        this.kind = kind;
        this.viewerId = viewerId;
        this.admin = admin;
    }

    /**
     * Public endpoints: published score sets only, whoever asks, so a chain's head is its latest
     * published member and every caller gets the same answer.
     */
    public static LineageView publicView() {
        return PUBLIC;
    }

    /**
     * {@code /me} endpoints: the caller's own score sets, drafts included; a superseder counts when
     * it is published or is one of the caller's own drafts.
     */
    public static LineageView ownedBy(Caller caller) {
        return new LineageView(Kind.OWN, caller.userId(), false);
    }

    /** Single-resource reads: what this caller may see (published, their own drafts, or all for admins). */
    public static LineageView seenBy(Caller caller) {
        return new LineageView(Kind.CALLER, caller.userId(), caller.admin());
    }

    /** SQL condition: the score set {@code alias} is in this view's scope. */
    public String admits(String alias) {
        return switch (kind) {
            case PUBLIC -> alias + ".published_date is not null";
            case OWN -> alias + ".created_by = :" + VIEWER;
            case CALLER -> sees(alias);
        };
    }

    /** SQL condition: the score set {@code alias} is visible in this view, so it counts as a superseder. */
    public String sees(String alias) {
        if (kind == Kind.CALLER && admin) {
            return "true";
        }
        String published = alias + ".published_date is not null";
        return viewerId == null ? published : published + " or " + alias + ".created_by = :" + VIEWER;
    }

    /**
     * SQL condition: no superseder that this view sees exists for the score set {@code alias}, which
     * this view admits. The schema keeps the answer on the row for both discovery views (V5:
     * {@code superseded_by_published}, and for an owner {@code superseded_by_own_draft}), so heads
     * are ranges of partial indexes rather than a superseder lookup per row.
     */
    public String hasNoVisibleSuperseder(String alias) {
        return switch (kind) {
            case PUBLIC -> "not " + alias + ".superseded_by_published";
            case OWN -> "not " + alias + ".superseded_by_published and not " + alias + ".superseded_by_own_draft";
            case CALLER -> throw new IllegalStateException("single-resource reads ignore lineage (API.md §3)");
        };
    }

    /** SQL expression to order by, newest first: publication date, or a draft's modification date. */
    public String recency(String alias) {
        return kind == Kind.PUBLIC ? alias + ".published_date"
                : "coalesce(" + alias + ".published_date, " + alias + ".modification_date)";
    }

    /** Binds the parameters that {@link #admits} and {@link #sees} refer to. */
    public SqlWhere bindTo(SqlWhere where) {
        return viewerId == null || (kind == Kind.CALLER && admin) ? where : where.bind(VIEWER, viewerId);
    }
}
