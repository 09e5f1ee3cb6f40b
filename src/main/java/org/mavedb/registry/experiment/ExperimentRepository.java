package org.mavedb.registry.experiment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ExperimentRepository implements PanacheRepository<Experiment> {

    /** Current urn, or the draft urn it had before publication. */
    private static final String BY_URN = "urn = ?1 or draftUrn = ?1";


    public Optional<Experiment> findByUrn(String urn) {
        return find(BY_URN, urn).firstResultOptional();
    }

    /** Loads the experiment and holds its row lock until commit: writers of one experiment go one at a time. */
    public Optional<Experiment> lockByUrn(String urn) {
        return find(BY_URN, urn).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Experiment lock(Experiment experiment) {
        getEntityManager().refresh(experiment, LockModeType.PESSIMISTIC_WRITE);
        return experiment;
    }
}
