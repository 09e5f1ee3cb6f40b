package org.mavedb.registry.lineage;

import org.mavedb.registry.query.SqlWhere;

/**
 * The one lineage rule of API.md §3, applied in SQL: a score set is in the result when its view
 * admits it and, in collapsed mode, when no superseder visible in that view exists. Every
 * discovery query (score sets, target genes, variants, facets) filters through here.
 */
public record LineageFilter(LineageView view, LineageMode mode) {

    /** Restricts {@code where} to the score sets of alias {@code scoreSet} that this filter keeps. */
    public SqlWhere restrict(SqlWhere where, String scoreSet) {
        where.and(view.admits(scoreSet));
        if (mode == LineageMode.COLLAPSED) {
            where.and(view.hasNoVisibleSuperseder(scoreSet));
        }
        return view.bindTo(where);
    }

    /** A new WHERE clause holding just this filter. */
    public SqlWhere where(String scoreSet) {
        return restrict(new SqlWhere(), scoreSet);
    }
}
