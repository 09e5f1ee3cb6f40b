package org.mavedb.registry.targetgene;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mavedb.registry.dataset.Visibility;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.query.Page;
import org.mavedb.registry.query.Paging;
import org.mavedb.registry.security.Caller;

@ApplicationScoped
public class TargetGeneService {

    private final TargetGeneRepository targets;

    public TargetGeneService(TargetGeneRepository targets) {
        this.targets = targets;
    }

    /** A target gene is visible exactly when its score set is. */
    @Transactional
    public TargetGeneView get(long id, Caller caller) {
        TargetGene target = targets.findByIdOptional(id)
                .filter(t -> Visibility.canSee(caller, t.scoreSet))
                .orElseThrow(() -> ProblemException.notFound("No target gene with id " + id));
        return TargetGeneView.of(target, target.scoreSet.urn);
    }

    /** Target genes of the score sets that the lineage filter keeps. */
    @Transactional
    public TargetGeneSearchResult search(TargetGeneSearch search, LineageFilter lineage) {
        Page<TargetGene> page = targets.search(search.text(), lineage, Paging.limit(search.limit()),
                Paging.offset(search.offset()));
        return new TargetGeneSearchResult(page.total(),
                page.items().stream().map(t -> TargetGeneView.of(t, t.scoreSet.urn)).toList());
    }
}
