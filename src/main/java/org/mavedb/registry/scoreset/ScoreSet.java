package org.mavedb.registry.scoreset;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
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
// The chain walk and the superseder lookup read what a viewer sees through the lineage view
// visible_score_sets(:viewer, :admin) of V8 (bound by LineageView.bindVisibility).
@NamedNativeQuery(name = ScoreSet.CHAIN, resultClass = Long.class, query = """
        with recursive older(id, superseded, depth) as (
            select id, superseded_score_set_id, 0 from score_sets where id = :start
          union all
            select s.id, s.superseded_score_set_id, older.depth - 1
              from score_sets s join older on s.id = older.superseded),
        newer(id, depth) as (
            select id, 0 from score_sets where id = :start
          union all
            select s.id, newer.depth + 1 from score_sets s join newer on s.superseded_score_set_id = newer.id)
        select s.id from (select id, depth from older union select id, depth from newer) chain
          join visible_score_sets(:viewer, :admin) s on s.id = chain.id
         order by chain.depth
        """)
@NamedNativeQuery(name = ScoreSet.SUPERSEDERS, query = """
        select s.superseded_score_set_id, s.urn from visible_score_sets(:viewer, :admin) s
         where s.superseded_score_set_id in (:ids)
        """)
public class ScoreSet extends Dataset {

    /**
     * The whole chain through the score set {@code :start}, as far as the viewer sees it, oldest
     * first: walks {@code superseded_score_set_id} both ways in SQL, along its unique index.
     */
    static final String CHAIN = "ScoreSet.chain";
    /** For each score set of {@code :ids} that has a superseder the viewer sees: its id and that superseder's urn. */
    static final String SUPERSEDERS = "ScoreSet.superseders";

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
