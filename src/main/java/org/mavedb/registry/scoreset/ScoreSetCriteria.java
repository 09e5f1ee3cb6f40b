package org.mavedb.registry.scoreset;

import java.util.List;
import org.mavedb.registry.lineage.LineageView;
import org.mavedb.registry.query.SqlWhere;
import org.mavedb.registry.targetgene.TargetCategory;

/**
 * What a score set search asks for, as SQL conditions over the alias {@code s} of the score sets
 * (ScoreSetRepository's queries). {@code text} is a full-text search (V7): each of its words, or a
 * word beginning with it, in the title, short description, target gene names and accessions,
 * abstract, method or keywords, found through the word prefixes of V11.
 */
record ScoreSetCriteria(String text, List<String> targets, List<String> organisms, List<TargetCategory> categories,
        List<String> keywords, Long experimentId, ScoreSetOrder order) {

    /**
     * The text as exact terms of the score set's word prefixes, which the GIN indexes of V11 hold; or,
     * for the rare score set whose prefixes would not fit a tsvector, as prefixes of its document's
     * words. Both arms are whole index conditions (of partial indexes whose predicates they repeat),
     * so PostgreSQL never computes a score set's prefixes to test a row.
     */
    private static final String TEXT_MATCH = "(score_set_search_prefixes(s.search_document) @@ score_set_search_query(:text, true)"
            + " or (score_set_search_prefixes(s.search_document) is null and s.search_document @@ score_set_search_query(:text)))";

    /**
     * The text's query over the document, for what PostgreSQL evaluates on every row (the rank, the
     * in-order match). A subquery, so that it is computed once per statement: in the generic plan
     * that pgjdbc's prepared statements reach, score_set_search_query(:text) is not folded to a
     * constant, and computing it for each row cost about 40 µs a row (a relevance page at 1M:
     * 850 ms instead of 60 ms). The index conditions keep the plain call, which the planner folds
     * and estimates from the index statistics in a custom plan, and evaluates once per scan otherwise.
     */
    private static final String ROW_QUERY = "(select score_set_search_query(:text))";

    static ScoreSetCriteria of(ScoreSetSearch search) {
        return new ScoreSetCriteria(search.text(), search.targets(), search.targetOrganismNames(), search.targetTypes(),
                search.keywords(), null, search.sort());
    }

    static ScoreSetCriteria inExperiment(long experimentId) {
        return new ScoreSetCriteria(null, null, null, null, null, experimentId, null);
    }

    /** ORDER BY of the results: newest first (API.md §3), or by {@link ScoreSetOrder#RELEVANCE} when asked, then newest. */
    String order(LineageView view) {
        String newest = view.recency("s") + " desc, s.urn";
        return order == ScoreSetOrder.RELEVANCE && hasText()
                ? "ts_rank(s.search_document, " + ROW_QUERY + ") desc, " + newest : newest;
    }

    SqlWhere restrict(SqlWhere where) {
        return restrict(where, TEXT_MATCH);
    }

    /**
     * The same conditions, with the text matched by the function behind {@code @@}, which no index
     * serves: PostgreSQL then walks the results' order (a recency index) and tests each row, which
     * finds a page among many matches without collecting them all (see {@link #hasBroadPage()}).
     */
    SqlWhere restrictInOrder(SqlWhere where) {
        return restrict(where, "ts_match_vq(s.search_document, " + ROW_QUERY + ")");
    }

    /**
     * Whether a page among many matches is better found in order ({@link #restrictInOrder}): for a
     * text search by recency. Ordered by relevance, every match must be ranked anyway; other
     * criteria PostgreSQL estimates well enough to choose by itself.
     */
    boolean hasBroadPage() {
        return hasText() && order != ScoreSetOrder.RELEVANCE;
    }

    private SqlWhere restrict(SqlWhere where, String textMatch) {
        if (hasText()) {
            where.and(textMatch, "text", text.strip());
        }
        if (present(targets)) {
            where.and("exists (select 1 from target_genes t where t.score_set_id = s.id and t.name in (:targets))",
                    "targets", targets);
        }
        if (present(organisms)) {
            where.and("exists (select 1 from target_genes t where t.score_set_id = s.id and t.organism in (:organisms))",
                    "organisms", organisms);
        }
        if (present(categories)) {
            where.and("exists (select 1 from target_genes t where t.score_set_id = s.id and t.category in (:categories))",
                    "categories", categories.stream().map(TargetCategory::toString).toList());
        }
        if (present(keywords)) {
            where.and("exists (select 1 from unnest(s.keywords) keyword where keyword in (:keywords))", "keywords", keywords);
        }
        if (experimentId != null) {
            where.and("s.experiment_id = :experimentId", "experimentId", experimentId);
        }
        return where;
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    private static boolean present(List<?> values) {
        return values != null && !values.isEmpty();
    }
}
