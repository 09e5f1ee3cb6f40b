package org.mavedb.registry.lineage;

import jakarta.persistence.Query;
import org.mavedb.registry.query.SqlWhere;
import org.mavedb.registry.security.Caller;

/**
 * The view a discovery endpoint takes of score sets (API.md §3): which score sets it admits, and
 * which superseders it can see. A score set is the head of its chain in a view when no superseder
 * that the view sees exists. Each view is a named SQL function of the schema (V8:
 * {@code public_score_sets()}, {@code public_heads()}, {@code own_score_sets(viewer)},
 * {@code own_heads(viewer)}, {@code visible_score_sets(viewer, admin)}); queries read score sets
 * from the function's name, so the rule is written once, in the database, and the planner inlines it.
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

    /** The score sets this view admits, as a SQL table expression (parameters: {@link #bindTo}). */
    public String admitted() {
        return viewFunction("public_score_sets", "own_score_sets");
    }

    /** The admitted score sets that no superseder visible in this view supersedes: the heads of their chains. */
    public String heads() {
        return viewFunction("public_heads", "own_heads");
    }

    /** The target genes of the score sets {@link #admitted} admits, read from the copies V10 keeps on each target gene. */
    public String admittedTargetGenes() {
        return viewFunction("public_target_genes", "own_target_genes");
    }

    /** The target genes of the score sets {@link #heads} keeps, read from the copies V10 keeps on each target gene. */
    public String headTargetGenes() {
        return viewFunction("public_head_target_genes", "own_head_target_genes");
    }

    /** A call of this view's variant of a lineage function: the public one, or the viewer's own. */
    private String viewFunction(String publicFunction, String ownFunction) {
        return switch (kind) {
            case PUBLIC -> publicFunction + "()";
            case OWN -> ownFunction + "(:" + VIEWER + ")";
            case CALLER -> throw new IllegalStateException(
                    "single-resource reads ignore lineage (API.md §3) and use bindVisibility, not a lineage filter");
        };
    }

    /** SQL expression over the score set {@code alias} to order by, newest first: publication date, or a draft's modification date. */
    public String recency(String alias) {
        return kind == Kind.PUBLIC ? alias + ".published_date"
                : "coalesce(" + alias + ".published_date, " + alias + ".modification_date)";
    }

    /**
     * Binds {@code :viewer} and {@code :admin} of a named query that reads
     * {@code visible_score_sets(:viewer, :admin)}: the score sets this view counts as superseders.
     */
    public <Q extends Query> Q bindVisibility(Q query) {
        query.setParameter("viewer", kind == Kind.PUBLIC ? null : viewerId);
        query.setParameter("admin", kind == Kind.CALLER && admin);
        return query;
    }

    /** Binds the parameter that {@link #admitted} and {@link #heads} refer to, if any (an owner's views). */
    public SqlWhere bindTo(SqlWhere where) {
        return kind == Kind.OWN ? where.bind(VIEWER, viewerId) : where;
    }
}
