package org.mavedb.registry.scoreset;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.lineage.LineageMode;
import org.mavedb.registry.lineage.LineageView;
import org.mavedb.registry.query.BoundedCount;
import org.mavedb.registry.query.SqlWhere;
import org.mavedb.registry.query.Total;

@ApplicationScoped
public class ScoreSetRepository implements PanacheRepository<ScoreSet> {

    private final BoundedCount totals;

    public ScoreSetRepository(BoundedCount totals) {
        this.totals = totals;
    }

    /** Current urn, or the draft urn it had before publication. */
    private static final String BY_URN = "urn = ?1 or draftUrn = ?1";

    /**
     * The facets of a search: for each target name, organism, category and keyword, the number of
     * matching score sets that have it. {@code %s} is the lineage-resolved search.
     */
    private static final String FACETS = """
            with hits as (select s.id, s.keywords from score_sets s%s)
            select 'targetGeneNames', t.name, count(distinct t.score_set_id)
              from target_genes t join hits on hits.id = t.score_set_id group by t.name
            union all
            select 'targetOrganismNames', t.organism, count(distinct t.score_set_id)
              from target_genes t join hits on hits.id = t.score_set_id where t.organism is not null group by t.organism
            union all
            select 'targetGeneCategories', t.category, count(distinct t.score_set_id)
              from target_genes t join hits on hits.id = t.score_set_id group by t.category
            union all
            select 'keywords', keyword, count(distinct hits.id)
              from hits cross join unnest(hits.keywords) keyword group by keyword
            """;

    /**
     * The whole chain through one score set, each member with its distance from it (negative:
     * older). Walks {@code superseded_score_set_id} both ways in SQL, along its unique index.
     */
    private static final String CHAIN = """
            with recursive older(id, superseded, depth) as (
                select id, superseded_score_set_id, 0 from score_sets where id = :start
              union all
                select s.id, s.superseded_score_set_id, older.depth - 1
                  from score_sets s join older on s.id = older.superseded),
            newer(id, depth) as (
                select id, 0 from score_sets where id = :start
              union all
                select s.id, newer.depth + 1 from score_sets s join newer on s.superseded_score_set_id = newer.id)
            select s.id from (select id, depth from older union select id, depth from newer) chain
              join score_sets s on s.id = chain.id%s
             order by chain.depth
            """;

    public Optional<ScoreSet> findByUrn(String urn) {
        return find(BY_URN, urn).firstResultOptional();
    }

    /**
     * Loads the score set and holds its row lock until commit. Every write to a score set (PATCH,
     * publish, variant upload, delete) starts here, so they apply one after another to fresh state.
     */
    public Optional<ScoreSet> lockByUrn(String urn) {
        return find(BY_URN, urn).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The score set that supersedes this one, if any (there is at most one). */
    public Optional<ScoreSet> findSuperseder(ScoreSet scoreSet) {
        return find("supersededScoreSet", scoreSet).firstResultOptional();
    }

    /** How many score sets match, and the ids of one page of them, newest first. */
    SearchHits search(ScoreSetCriteria criteria, LineageFilter lineage, int limit, int offset) {
        SqlWhere where = criteria.restrict(lineage.where("s"));
        Total total = totals.count(getSession(), " from score_sets s" + where, where);
        if (total.count() == 0) {
            return new SearchHits(Total.NONE, List.of());
        }
        List<Long> ids = where.bindTo(getSession().createNativeQuery("select s.id from score_sets s" + where
                        + " order by " + lineage.view().recency("s") + " desc, s.urn", Long.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return new SearchHits(total, ids);
    }

    /** Facet counts over every score set the search matches (not just one page). */
    FilterOptions filterOptions(ScoreSetCriteria criteria, LineageFilter lineage) {
        SqlWhere where = criteria.restrict(lineage.where("s"));
        List<Object[]> rows = where.bindTo(getSession().createNativeQuery(FACETS.formatted(where), Object[].class))
                .getResultList();
        Map<String, List<FilterOptions.Option>> byFacet = rows.stream().collect(Collectors.groupingBy(
                row -> (String) row[0],
                Collectors.mapping(row -> new FilterOptions.Option((String) row[1], ((Number) row[2]).longValue()),
                        Collectors.toList())));
        Function<String, List<FilterOptions.Option>> facet = name -> byFacet.getOrDefault(name, List.of()).stream()
                .sorted(Comparator.comparingLong(FilterOptions.Option::count).reversed()
                        .thenComparing(FilterOptions.Option::value))
                .toList();
        return new FilterOptions(facet.apply("targetGeneNames"), facet.apply("targetOrganismNames"),
                facet.apply("targetGeneCategories"), facet.apply("keywords"));
    }

    /** Ids of the chain through {@code start} that the view sees, oldest first. */
    List<Long> chain(long start, LineageView view) {
        SqlWhere where = new LineageFilter(view, LineageMode.EXPANDED).where("s");
        return where.bind("start", start)
                .bindTo(getSession().createNativeQuery(CHAIN.formatted(where), Long.class)).getResultList();
    }

    /**
     * The score sets with these ids, in the order given, with everything their representation
     * needs fetched in one query (experiment, creator, superseded score set, target genes).
     */
    List<ScoreSet> loadInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ScoreSet> byId = new HashMap<>();
        // No "distinct": it would reach the SQL, and PostgreSQL has no equality for the json columns;
        // Hibernate 6 already returns each fetched root once.
        getEntityManager().createQuery("select s from ScoreSet s join fetch s.experiment join fetch s.createdBy"
                        + " left join fetch s.supersededScoreSet left join fetch s.targetGenes where s.id in :ids", ScoreSet.class)
                .setParameter("ids", ids).getResultList()
                .forEach(s -> byId.put(s.id, s));
        List<ScoreSet> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    /** For each of these score sets that has a superseder visible in the view: that superseder's urn. */
    Map<Long, String> supersederUrns(List<Long> ids, LineageView view) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        SqlWhere where = new SqlWhere().and("s.superseded_score_set_id in (:ids)", "ids", ids).and(view.sees("s"));
        List<Object[]> rows = view.bindTo(where).bindTo(getSession().createNativeQuery(
                "select s.superseded_score_set_id, s.urn from score_sets s" + where, Object[].class)).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
    }

    record SearchHits(Total total, List<Long> ids) {}
}
