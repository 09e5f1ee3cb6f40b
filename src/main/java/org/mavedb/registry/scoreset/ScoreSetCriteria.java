package org.mavedb.registry.scoreset;

import java.util.List;
import org.mavedb.registry.lineage.LineageView;
import org.mavedb.registry.query.SqlWhere;
import org.mavedb.registry.targetgene.TargetCategory;

/**
 * What a score set search asks for, as SQL conditions over the alias {@code s} of the score sets
 * (ScoreSetRepository's queries). {@code text} is a full-text search (V7): each of its words, or a
 * word beginning with it, in the title, short description, target gene names and accessions,
 * abstract, method or keywords, found through the stored word prefixes of V11 and V12.
 */
record ScoreSetCriteria(String text, List<String> targets, List<String> organisms, List<TargetCategory> categories,
        List<String> keywords, Long experimentId, ScoreSetOrder order) {

    /**
     * The text as exact terms of the score set's stored word prefixes (V11, V12), which its GIN
     * indexes hold; or, for the rare score set whose prefixes would not fit a tsvector, as prefixes of
     * its document's words. Both arms are whole index conditions (of partial indexes whose predicates
     * they repeat), with the query as a call the planner folds to a constant and estimates from the
     * index statistics: with a subquery's unknown value it walked the recency index for a word 83
     * score sets of a million contain. A row tested outside the index costs a match against stored lexemes.
     */
    private static final String TEXT_MATCH = "(s.search_prefixes @@ score_set_search_query(:text, true)"
            + " or (s.search_prefixes is null and s.search_document @@ score_set_search_query(:text)))";

    /**
     * The text's query over the document, for what PostgreSQL evaluates on every row it ranks or
     * walks (the relevance rank, the in-order match). A subquery, computed once per statement: in the
     * generic plan that pgjdbc's prepared statements reach after a few executions,
     * score_set_search_query(:text) is not folded to a constant and was built again for each row,
     * about 40 µs each (a relevance page at 1M: 886 ms instead of 108 ms).
     */
    private static final String DOCUMENT_QUERY = "(select score_set_search_query(:text))";

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
                ? "ts_rank(s.search_document, " + DOCUMENT_QUERY + ") desc, " + newest : newest;
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
        return restrict(where, "ts_match_vq(s.search_document, " + DOCUMENT_QUERY + ")");
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
