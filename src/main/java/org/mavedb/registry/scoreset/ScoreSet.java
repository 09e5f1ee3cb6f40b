package org.mavedb.registry.scoreset;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mavedb.registry.dataset.Dataset;
import org.mavedb.registry.dataset.Metadata;
import org.mavedb.registry.experiment.Experiment;
import org.mavedb.registry.targetgene.TargetGene;
import org.mavedb.registry.user.User;

@Entity
@Table(name = "score_sets")
public class ScoreSet extends Dataset {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "experiment_id")
    public Experiment experiment;

    @Column(name = "num_variants")
    public int numVariants;

    /** Names of the score columns after {@code score}, in upload order (a download's header). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "score_columns", columnDefinition = "text[]")
    public List<String> scoreColumns = new ArrayList<>();

    /** Names of the count columns, in upload order; empty until counts are uploaded. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "count_columns", columnDefinition = "text[]")
    public List<String> countColumns = new ArrayList<>();

    /** The earlier version this score set replaces; a score set is superseded at most once. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_score_set_id")
    public ScoreSet supersededScoreSet;

    @OneToMany(mappedBy = "scoreSet", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("id")
    public List<TargetGene> targetGenes = new ArrayList<>();

    public static ScoreSet draft(Metadata metadata, User creator, Experiment experiment, ScoreSet superseded) {
        ScoreSet scoreSet = new ScoreSet();
        scoreSet.initialise(metadata, creator);
        scoreSet.experiment = experiment;
        scoreSet.supersededScoreSet = superseded;
        return scoreSet;
    }

    public void addTarget(TargetGene target) {
        target.scoreSet = this;
        targetGenes.add(target);
    }
}
