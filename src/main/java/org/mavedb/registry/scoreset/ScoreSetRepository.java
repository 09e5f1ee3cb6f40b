package org.mavedb.registry.scoreset;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ScoreSetRepository implements PanacheRepository<ScoreSet> {

    /** Current urn, or the draft urn it had before publication. */
    private static final String BY_URN = "urn = ?1 or draftUrn = ?1";


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
}
