package org.mavedb.registry.scoreset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mavedb.registry.dataset.MetadataEditor;
import org.mavedb.registry.dataset.MetadataPatch;
import org.mavedb.registry.dataset.Timestamps;
import org.mavedb.registry.dataset.Urns;
import org.mavedb.registry.dataset.Visibility;
import org.mavedb.registry.event.EventLog;
import org.mavedb.registry.event.EventType;
import org.mavedb.registry.experiment.Experiment;
import org.mavedb.registry.experiment.ExperimentService;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.security.Caller;
import org.mavedb.registry.targetgene.TargetGene;
import org.mavedb.registry.targetgene.TargetGeneCreate;
import org.mavedb.registry.user.UserRepository;

@ApplicationScoped
public class ScoreSetService {

    private final ScoreSetRepository scoreSets;
    private final ExperimentService experiments;
    private final UserRepository users;
    private final MetadataEditor editor;
    private final EventLog events;

    public ScoreSetService(ScoreSetRepository scoreSets, ExperimentService experiments, UserRepository users,
            MetadataEditor editor, EventLog events) {
        this.scoreSets = scoreSets;
        this.experiments = experiments;
        this.users = users;
        this.editor = editor;
        this.events = events;
    }

    @Transactional
    public ScoreSetView create(ScoreSetCreate request, Caller caller) {
        Urns.require(Urns.EXPERIMENT_URN, request.experimentUrn(), "experimentUrn", "experiment");
        TargetGeneCreate.requireLabels(request.targetGenes());
        Experiment experiment = experiments.visible(request.experimentUrn(), caller);
        if (!Visibility.canWrite(caller, experiment)) {
            throw ProblemException.forbidden("Only the creator of " + experiment.urn + " or an admin may add score sets to it");
        }
        ScoreSet superseded = request.supersededScoreSetUrn() == null ? null
                : supersedable(request.supersededScoreSetUrn(), experiment, caller);
        ScoreSet scoreSet = ScoreSet.draft(request.metadata(), users.findById(caller.userId()), experiment, superseded);
        request.targetGenes().forEach(target -> scoreSet.addTarget(toEntity(target)));
        scoreSets.persist(scoreSet);
        // flush now so that losing a race to supersede the same score set surfaces here, as a 409
        scoreSets.flush();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("experimentUrn", experiment.urn);
        if (superseded != null) {
            payload.put("supersededScoreSetUrn", superseded.urn);
        }
        events.append(EventType.SCORE_SET_CREATED, scoreSet.urn, caller.username(), payload);
        return ScoreSetView.of(scoreSet, null);
    }

    private ScoreSet supersedable(String urn, Experiment experiment, Caller caller) {
        Urns.require(Urns.SCORE_SET_URN, urn, "supersededScoreSetUrn", "score set");
        ScoreSet superseded = Visibility.requireVisible(caller, scoreSets.findByUrn(urn), "score set", urn);
        if (!superseded.isPublished()) {
            throw ProblemException.conflict("Only a published score set can be superseded; " + urn + " is a draft");
        }
        if (!superseded.experiment.id.equals(experiment.id)) {
            throw ProblemException.invalid("supersededScoreSetUrn", "must belong to the experiment " + experiment.urn);
        }
        if (!Visibility.canWrite(caller, superseded)) {
            throw ProblemException.forbidden("Only the creator of " + urn + " or an admin may supersede it");
        }
        if (scoreSets.findSuperseder(superseded).isPresent()) {
            throw ProblemException.conflict(urn + " is already superseded by another score set");
        }
        return superseded;
    }

    private static TargetGene toEntity(TargetGeneCreate request) {
        TargetGene target = new TargetGene();
        target.name = request.name();
        target.category = request.category();
        target.organism = request.organism();
        target.accession = request.accession();
        target.label = request.label();
        if (request.externalIdentifiers() != null) {
            target.externalIdentifiers = new ArrayList<>(request.externalIdentifiers());
        }
        if (request.sequence() != null) {
            target.sequence = request.sequence().sequence();
            target.sequenceType = request.sequence().sequenceType();
        }
        return target;
    }

    @Transactional
    public ScoreSetView get(String urn, Caller caller) {
        return view(visible(urn, caller), caller);
    }

    /** The score set if the caller may see it; 400 for a malformed urn, 404 otherwise. */
    public ScoreSet visible(String urn, Caller caller) {
        Urns.require(Urns.SCORE_SET_URN, urn, "urn", "score set");
        return Visibility.requireVisible(caller, scoreSets.findByUrn(urn), "score set", urn);
    }

    /**
     * Locks the score set for a write by the caller and checks If-Match against the locked row;
     * 400/404/403/412 as for any write ({@link Visibility#requireWritable}).
     */
    public ScoreSet lockForWrite(String urn, String ifMatch, Caller caller) {
        Urns.require(Urns.SCORE_SET_URN, urn, "urn", "score set");
        return Visibility.requireWritable(caller, scoreSets.lockByUrn(urn), "score set", urn, ifMatch);
    }

    public ScoreSetView view(ScoreSet scoreSet, Caller caller) {
        String superseding = scoreSets.findSuperseder(scoreSet).filter(s -> Visibility.canSee(caller, s)).map(s -> s.urn).orElse(null);
        return ScoreSetView.of(scoreSet, superseding);
    }

    @Transactional
    public ScoreSetView patch(String urn, MetadataPatch patch, String ifMatch, Caller caller) {
        ScoreSet scoreSet = lockForWrite(urn, ifMatch, caller);
        if (editor.edit(scoreSet, patch)) {
            if (scoreSet.isPublished() && scoreSet.license == null) {
                throw ProblemException.invalid("license", "cannot be removed from a published score set");
            }
            events.append(EventType.SCORE_SET_UPDATED, scoreSet.urn, caller.username(), patch.describe());
        }
        return view(scoreSet, caller);
    }

    @Transactional
    public void delete(String urn, String ifMatch, Caller caller) {
        ScoreSet scoreSet = lockForWrite(urn, ifMatch, caller);
        if (scoreSet.isPublished()) {
            throw ProblemException.conflict(urn + " is published; published score sets cannot be deleted");
        }
        scoreSets.delete(scoreSet);
        events.append(EventType.SCORE_SET_DELETED, urn, caller.username(), Map.of());
    }

    /**
     * Publishes a draft exactly once. The score set's row lock makes the check-then-set atomic:
     * of concurrent publishes one wins, the others see a published score set and get 409.
     */
    @Transactional
    public ScoreSetView publish(String urn, String ifMatch, Caller caller) {
        ScoreSet scoreSet = lockForWrite(urn, ifMatch, caller);
        if (scoreSet.isPublished()) {
            throw ProblemException.conflict(urn + " is already published");
        }
        if (scoreSet.numVariants == 0) {
            throw ProblemException.conflict(urn + " has no variants; upload variants before publishing");
        }
        if (scoreSet.license == null) {
            throw ProblemException.conflict(urn + " has no license; set one (PATCH `license`) before publishing");
        }
        String draftUrn = scoreSet.urn;
        scoreSet.urn = experiments.nextScoreSetUrn(scoreSet.experiment);
        scoreSet.publishedDate = Timestamps.now();
        scoreSet.markChanged();
        events.append(EventType.SCORE_SET_PUBLISHED, scoreSet.urn, caller.username(),
                Map.of("draftUrn", draftUrn, "experimentUrn", scoreSet.experiment.urn));
        return view(scoreSet, caller);
    }
}
