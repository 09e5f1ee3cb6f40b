package org.mavedb.registry.experiment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.mavedb.registry.dataset.Dataset;
import org.mavedb.registry.dataset.Metadata;
import org.mavedb.registry.user.User;

@Entity
@Table(name = "experiments")
public class Experiment extends Dataset {

    /** The set this experiment belongs to; null for a draft that joined no existing set. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "experiment_set_id")
    public ExperimentSet experimentSet;

    /** Number of the last score set published in this experiment; advanced under the row lock. */
    @Column(name = "last_score_set_number")
    public int lastScoreSetNumber;

    public static Experiment draft(Metadata metadata, User creator, ExperimentSet joining) {
        Experiment experiment = new Experiment();
        experiment.initialise(metadata, creator);
        experiment.experimentSet = joining;
        return experiment;
    }
}
