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
import org.hibernate.jpa.HibernateHints;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.lineage.LineageView;
import org.mavedb.registry.query.ListQuery;
import org.mavedb.registry.query.Page;
import org.mavedb.registry.query.Pager;
import org.mavedb.registry.query.SqlWhere;

@ApplicationScoped
public class ScoreSetRepository implements PanacheRepository<ScoreSet> {

    private final Pager pager;

    public ScoreSetRepository(Pager pager) {
        this.pager = pager;
    }

    /** Current urn, or the draft urn it had before publication. */
    private static final String BY_URN = "urn = ?1 or draftUrn = ?1";

    /**
     * The facets of a search: for each target name, organism, category and keyword, the number of
     * matching score sets that have it. Native, and not a named query, because the search it counts
     * over is composed from the criteria given (each optional); {@code %s} is that search's FROM and
     * WHERE, the score sets read from a lineage view (V8).
     */
    private static final String FACETS = """
            with hits as (select s.id, s.keywords from %s)
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

    /** How many score sets match, and one page of them in the search's order, loaded by {@code load} from their ids. */
    <T> Page<T> search(ScoreSetCriteria criteria, LineageFilter lineage, int limit, int offset,
            Function<List<Long>, List<T>> load) {
        ListQuery<Long> query = new ListQuery<>("s.id", Long.class, lineage.scoreSets() + " s",
                criteria.restrict(lineage.where()), criteria.order(lineage.view()));
        ListQuery<Long> broadPage = criteria.hasBroadPage() ? query.withWhere(criteria.restrictInOrder(lineage.where())) : query;
        return pager.page(getSession(), query, broadPage, limit, offset, load);
    }

    /** Facet counts over every score set the search matches (not just one page). */
    FilterOptions filterOptions(ScoreSetCriteria criteria, LineageFilter lineage) {
        SqlWhere where = criteria.restrict(lineage.where());
        List<Object[]> rows = where.bindTo(getSession().createNativeQuery(
                FACETS.formatted(lineage.scoreSets() + " s" + where), Object[].class)).getResultList();
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
        return view.bindVisibility(getEntityManager().createNamedQuery(ScoreSet.CHAIN, Long.class))
                .setParameter("start", start).getResultList();
    }

    /**
     * The score sets with these ids, in the order given, with everything their representation
     * needs fetched in one query (experiment, creator, superseded score set, target genes). Read
     * only: they become representations and nothing else, so Hibernate keeps no snapshot of them
     * (a deep copy of every JSON and array column) and does not compare them at commit.
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
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList()
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
        List<Object[]> rows = view.bindVisibility(getEntityManager().createNamedQuery(ScoreSet.SUPERSEDERS, Object[].class))
                .setParameter("ids", ids).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
    }
}
