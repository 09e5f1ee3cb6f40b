package org.mavedb.registry.scoreset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.mavedb.registry.experiment.Experiment;
import org.mavedb.registry.experiment.ExperimentService;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.lineage.LineageMode;
import org.mavedb.registry.lineage.LineageView;
import org.mavedb.registry.query.Page;
import org.mavedb.registry.query.Paging;
import org.mavedb.registry.query.Total;
import org.mavedb.registry.security.Caller;

/**
 * The lineage-aware score set reads of API.md §3: searches, facets, recent publications, an
 * experiment's score sets, and a score set's chain. Filtering happens in SQL through
 * {@link LineageFilter}; this class only turns matching ids into representations.
 */
@ApplicationScoped
public class ScoreSetDiscoveryService {

    private final ScoreSetRepository scoreSets;
    private final ScoreSetService scoreSetService;
    private final ExperimentService experiments;

    public ScoreSetDiscoveryService(ScoreSetRepository scoreSets, ScoreSetService scoreSetService,
            ExperimentService experiments) {
        this.scoreSets = scoreSets;
        this.scoreSetService = scoreSetService;
        this.experiments = experiments;
    }

    @Transactional
    public ScoreSetSearchResult search(ScoreSetSearch search, LineageFilter lineage) {
        return page(ScoreSetCriteria.of(search), lineage, Paging.limit(search.limit()), Paging.offset(search.offset()));
    }

    @Transactional
    public FilterOptions filterOptions(ScoreSetSearch search, LineageFilter lineage) {
        return scoreSets.filterOptions(ScoreSetCriteria.of(search), lineage);
    }

    /** Published score sets, most recently published first. */
    @Transactional
    public ScoreSetSearchResult recentlyPublished(LineageMode mode, int limit, int offset) {
        return page(ScoreSetCriteria.of(ScoreSetSearch.EVERYTHING), new LineageFilter(LineageView.publicView(), mode),
                limit, offset);
    }

    /** The published score sets of an experiment the caller can see (404 otherwise). */
    @Transactional
    public ScoreSetSearchResult inExperiment(String experimentUrn, Caller caller, LineageMode mode, int limit, int offset) {
        Experiment experiment = experiments.visible(experimentUrn, caller);
        return page(ScoreSetCriteria.inExperiment(experiment.id), new LineageFilter(LineageView.publicView(), mode),
                limit, offset);
    }

    /** The chain through a score set the caller can see, oldest first, as far as the caller can see it. */
    @Transactional
    public ScoreSetSearchResult lineage(String urn, Caller caller) {
        ScoreSet scoreSet = scoreSetService.visible(urn, caller);
        LineageView view = LineageView.seenBy(caller);
        List<ScoreSetView> chain = views(scoreSets.chain(scoreSet.id, view), view);
        return new ScoreSetSearchResult(Total.exact(chain.size()), chain);
    }

    private ScoreSetSearchResult page(ScoreSetCriteria criteria, LineageFilter lineage, int limit, int offset) {
        Page<ScoreSetView> page = scoreSets.search(criteria, lineage, limit, offset, ids -> views(ids, lineage.view()));
        return new ScoreSetSearchResult(page.total(), page.items());
    }

    /** Representations in the given order; `supersedingScoreSetUrn` shows only superseders the view sees. */
    private List<ScoreSetView> views(List<Long> ids, LineageView view) {
        Map<Long, String> superseders = scoreSets.supersederUrns(ids, view);
        return scoreSets.loadInOrder(ids).stream().map(s -> ScoreSetView.of(s, superseders.get(s.id))).toList();
    }
}
