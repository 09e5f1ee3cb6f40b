package org.mavedb.registry.lineage;

import org.mavedb.registry.query.SqlWhere;

/**
 * The one lineage rule of API.md §3: the score sets a view admits, and in collapsed mode only
 * those without a superseder visible in that view. Every discovery query (score sets, variants,
 * facets) reads its score sets from {@link #scoreSets()}; target gene searches read their target
 * genes from {@link #targetGenes()}.
 */
public record LineageFilter(LineageView view, LineageMode mode) {

    /** The score sets this filter keeps, as a named SQL table expression such as {@code public_heads()}. */
    public String scoreSets() {
        return mode == LineageMode.COLLAPSED ? view.heads() : view.admitted();
    }

    /**
     * The target genes of the score sets {@link #scoreSets()} keeps, as a named SQL table expression
     * such as {@code public_head_target_genes()}: the same rule, read from the target genes' copies
     * of their score set's state (V10), so a target gene search filters one table.
     */
    public String targetGenes() {
        return mode == LineageMode.COLLAPSED ? view.headTargetGenes() : view.admittedTargetGenes();
    }

    /**
     * A new WHERE clause carrying the parameter that {@link #scoreSets()} and {@link #targetGenes()}
     * refer to, for the query to add its conditions.
     */
    public SqlWhere where() {
        return view.bindTo(new SqlWhere());
    }
}
