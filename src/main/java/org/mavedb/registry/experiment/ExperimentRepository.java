package org.mavedb.registry.experiment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ExperimentRepository implements PanacheRepository<Experiment> {

    public Optional<Experiment> findByUrn(String urn) {
        return find("urn", urn).firstResultOptional();
    }

    /** Loads the experiment and holds its row lock until commit: writers of one experiment go one at a time. */
    public Optional<Experiment> lockByUrn(String urn) {
        return find("urn", urn).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Experiment lock(Experiment experiment) {
        getEntityManager().refresh(experiment, LockModeType.PESSIMISTIC_WRITE);
        return experiment;
    }
}
