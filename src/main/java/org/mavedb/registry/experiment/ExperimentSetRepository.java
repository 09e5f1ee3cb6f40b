package org.mavedb.registry.experiment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.mavedb.registry.dataset.Timestamps;
import org.mavedb.registry.dataset.Urns;
import org.mavedb.registry.user.User;

@ApplicationScoped
public class ExperimentSetRepository implements PanacheRepository<ExperimentSet> {

    public Optional<ExperimentSet> findByUrn(String urn) {
        return find("urn", urn).firstResultOptional();
    }

    /** A new set numbered from a sequence, so concurrent publishes never collide. */
    public ExperimentSet createNumbered(User creator) {
        long number = ((Number) getEntityManager()
                .createNativeQuery("select nextval('experiment_set_number_seq')")
                .getSingleResult()).longValue();
        ExperimentSet set = new ExperimentSet();
        set.number = (int) number;
        set.urn = Urns.experimentSet(number);
        set.createdBy = creator;
        set.creationDate = Timestamps.now();
        persist(set);
        return set;
    }

    /** Takes the next experiment letter of the set under its row lock. */
    public int nextExperimentIndex(ExperimentSet set) {
        getEntityManager().refresh(set, LockModeType.PESSIMISTIC_WRITE);
        set.lastExperimentIndex++;
        return set.lastExperimentIndex;
    }
}
