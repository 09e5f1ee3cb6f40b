package org.mavedb.registry.scoreset;

import java.util.List;
import org.mavedb.registry.query.SqlWhere;
import org.mavedb.registry.targetgene.TargetCategory;

/** What a score set search asks for, as SQL conditions over the alias {@code s}. */
record ScoreSetCriteria(String text, List<String> targets, List<String> organisms, List<TargetCategory> categories,
        List<String> keywords, Long experimentId) {

    static ScoreSetCriteria of(ScoreSetSearch search) {
        return new ScoreSetCriteria(search.text(), search.targets(), search.targetOrganismNames(), search.targetTypes(),
                search.keywords(), null);
    }

    static ScoreSetCriteria inExperiment(long experimentId) {
        return new ScoreSetCriteria(null, null, null, null, null, experimentId);
    }

    SqlWhere restrict(SqlWhere where) {
        if (text != null && !text.isBlank()) {
            where.and("s.title ilike :text or s.short_description ilike :text or s.abstract_text ilike :text"
                    + " or s.method_text ilike :text"
                    + " or exists (select 1 from unnest(s.keywords) keyword where keyword ilike :text)"
                    + " or exists (select 1 from target_genes t where t.score_set_id = s.id and t.name ilike :text)",
                    "text", SqlWhere.containsPattern(text.strip()));
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

    private static boolean present(List<?> values) {
        return values != null && !values.isEmpty();
    }
}
