package org.mavedb.registry.lineage;

import org.mavedb.registry.common.SqlWhere;

/**
 * The one lineage rule of API.md §3, applied in SQL: a score set is in the result when its view
 * admits it and, in collapsed mode, when no superseder visible in that view exists. Every
 * discovery query (score sets, target genes, variants, facets) filters through here.
 *
 * <p>The public view's answer is kept on the row by the schema ({@code superseded_by_published},
 * V5), so public heads are a range of the partial index {@code score_sets_public_heads_idx} and
 * their totals are index-only counts. Views that see drafts depend on who asks, so they ask with a
 * {@code NOT EXISTS} anti-join served by the covering index on {@code superseded_score_set_id}.
 */
public record LineageFilter(LineageView view, LineageMode mode) {

    /** Restricts {@code where} to the score sets of alias {@code scoreSet} that this filter keeps. */
    public SqlWhere restrict(SqlWhere where, String scoreSet) {
        where.and(view.admits(scoreSet));
        if (mode == LineageMode.COLLAPSED) {
            where.and(view.isPublic() ? "not " + scoreSet + ".superseded_by_published"
                    : "not exists (select 1 from score_sets superseder where superseder.superseded_score_set_id = "
                            + scoreSet + ".id and (" + view.sees("superseder") + "))");
        }
        return view.bindTo(where);
    }

    /** A new WHERE clause holding just this filter. */
    public SqlWhere where(String scoreSet) {
        return restrict(new SqlWhere(), scoreSet);
    }
}
