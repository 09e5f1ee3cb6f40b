package org.mavedb.registry.experiment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.mavedb.registry.dataset.MetadataEditor;
import org.mavedb.registry.dataset.MetadataPatch;
import org.mavedb.registry.dataset.Timestamps;
import org.mavedb.registry.dataset.Urns;
import org.mavedb.registry.dataset.Visibility;
import org.mavedb.registry.event.EventLog;
import org.mavedb.registry.event.EventType;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.security.Caller;
import org.mavedb.registry.user.UserRepository;

@ApplicationScoped
public class ExperimentService {

    private final ExperimentRepository experiments;
    private final ExperimentSetRepository experimentSets;
    private final UserRepository users;
    private final MetadataEditor editor;
    private final EventLog events;

    public ExperimentService(ExperimentRepository experiments, ExperimentSetRepository experimentSets,
            UserRepository users, MetadataEditor editor, EventLog events) {
        this.experiments = experiments;
        this.experimentSets = experimentSets;
        this.users = users;
        this.editor = editor;
        this.events = events;
    }

    @Transactional
    public ExperimentView create(ExperimentCreate request, Caller caller) {
        ExperimentSet joining = null;
        if (request.experimentSetUrn() != null) {
            String setUrn = Urns.require(Urns.EXPERIMENT_SET_URN, request.experimentSetUrn(), "experimentSetUrn", "experiment set");
            joining = experimentSets.findByUrn(setUrn)
                    .orElseThrow(() -> ProblemException.notFound("No experiment set with urn " + setUrn));
            if (!caller.admin() && !joining.createdBy.id.equals(caller.userId())) {
                throw ProblemException.forbidden("Only the creator of " + setUrn + " or an admin may add experiments to it");
            }
        }
        Experiment experiment = Experiment.draft(request.metadata(), users.findById(caller.userId()), joining);
        experiments.persist(experiment);
        events.append(EventType.EXPERIMENT_CREATED, experiment.urn, caller.username(), Map.of("title", experiment.title));
        return ExperimentView.of(experiment);
    }

    @Transactional
    public ExperimentView get(String urn, Caller caller) {
        return ExperimentView.of(visible(urn, caller));
    }

    /** The experiment if the caller may see it; 400 for a malformed urn, 404 otherwise. */
    public Experiment visible(String urn, Caller caller) {
        Urns.require(Urns.EXPERIMENT_URN, urn, "urn", "experiment");
        return Visibility.requireVisible(caller, experiments.findByUrn(urn), "experiment", urn);
    }

    @Transactional
    public ExperimentView patch(String urn, MetadataPatch patch, String ifMatch, Caller caller) {
        Urns.require(Urns.EXPERIMENT_URN, urn, "urn", "experiment");
        Experiment experiment = Visibility.requireWritable(caller, experiments.lockByUrn(urn), "experiment", urn, ifMatch);
        if (editor.edit(experiment, patch)) {
            events.append(EventType.EXPERIMENT_UPDATED, experiment.urn, caller.username(), patch.describe());
        }
        return ExperimentView.of(experiment);
    }

    /**
     * Takes the experiment's row lock and gives it its permanent urn (and, if it joined none, a new
     * experiment set) unless it already has one. Then hands out the next score set urn in it.
     * Called by score set publishing, which already holds the score set's lock: the lock order is
     * always score set, experiment, experiment set, so concurrent publishes cannot deadlock.
     */
    public String nextScoreSetUrn(Experiment experiment) {
        experiments.lock(experiment);
        if (!experiment.isPublished()) {
            if (experiment.experimentSet == null) {
                experiment.experimentSet = experimentSets.createNumbered(experiment.createdBy);
            }
            int index = experimentSets.nextExperimentIndex(experiment.experimentSet);
            experiment.urn = Urns.experiment(experiment.experimentSet.urn, index);
            experiment.publishedDate = Timestamps.now();
            experiment.markChanged();
        }
        experiment.lastScoreSetNumber++;
        return Urns.scoreSet(experiment.urn, experiment.lastScoreSetNumber);
    }
}
