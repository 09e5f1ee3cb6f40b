package org.mavedb.registry.experiment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mavedb.registry.user.User;

/** A group of experiments, created when its first experiment is published. */
@Entity
@Table(name = "experiment_sets")
public class ExperimentSet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int number;

    public String urn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public User createdBy;

    @Column(name = "creation_date")
    public Instant creationDate;

    /** Letter index of the last experiment published into this set; advanced under a row lock. */
    @Column(name = "last_experiment_index")
    public int lastExperimentIndex;
}
