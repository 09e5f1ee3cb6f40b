package org.mavedb.registry.lineage;

import org.mavedb.registry.query.SqlWhere;

/**
 * The one lineage rule of API.md §3: the score sets a view admits, and in collapsed mode only
 * those without a superseder visible in that view. Every discovery query (score sets, target
 * genes, variants, facets) reads its score sets from {@link #scoreSets()}.
 */
public record LineageFilter(LineageView view, LineageMode mode) {

    /** The score sets this filter keeps, as a named SQL table expression such as {@code public_heads()}. */
    public String scoreSets() {
        return mode == LineageMode.COLLAPSED ? view.heads() : view.admitted();
    }

    /** A new WHERE clause carrying the parameter that {@link #scoreSets()} refers to, for the query to add its conditions. */
    public SqlWhere where() {
        return view.bindTo(new SqlWhere());
    }
}
