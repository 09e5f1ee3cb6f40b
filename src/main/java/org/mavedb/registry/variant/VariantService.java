package org.mavedb.registry.variant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.mavedb.registry.dataset.Urns;
import org.mavedb.registry.event.EventLog;
import org.mavedb.registry.event.EventType;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.query.Paging;
import org.mavedb.registry.scoreset.ScoreSet;
import org.mavedb.registry.scoreset.ScoreSetService;
import org.mavedb.registry.scoreset.ScoreSetView;
import org.mavedb.registry.security.Caller;

@ApplicationScoped
public class VariantService {

    private final VariantRepository variants;
    private final ScoreSetService scoreSets;
    private final EventLog events;

    public VariantService(VariantRepository variants, ScoreSetService scoreSets, EventLog events) {
        this.variants = variants;
        this.scoreSets = scoreSets;
        this.events = events;
    }

    /**
     * Replaces a draft's variants, checked against the same constraints whether they came as CSV or
     * JSON ({@code @Valid}: 400 listing each offending field) and against MaveDB's rules for variant
     * strings and the score set's targets ({@link VariantRules}). Holds the score set's row lock, so
     * an upload and a publish of one score set never interleave: what gets published is exactly the
     * last acknowledged upload. Counts uploaded before are dropped with the variants they counted.
     */
    @Transactional
    public ScoreSetView upload(String urn, @Valid UploadedVariants upload, String ifMatch, Caller caller) {
        ScoreSet scoreSet = lockDraft(urn, ifMatch, caller, "variants");
        VariantRules.checkScores(upload, scoreSet.targetGenes);
        variants.replaceAll(scoreSet.id, upload.variants());
        scoreSet.numVariants = upload.variants().size();
        scoreSet.scoreColumns = new ArrayList<>(upload.columns());
        scoreSet.countColumns = new ArrayList<>();
        scoreSet.markChanged();
        events.append(EventType.SCORE_SET_VARIANTS_UPLOADED, scoreSet.urn, caller.username(),
                Map.of("numVariants", upload.variants().size()));
        return scoreSets.view(scoreSet, caller);
    }

    /**
     * Stores a draft's counts: one row per variant of its scores, named by the same primary column
     * (MaveDB's rule: scores and counts describe the same variants), each row's further columns
     * becoming that variant's {@code counts}. Replaces earlier counts; under the same lock as uploads.
     */
    @Transactional
    public ScoreSetView uploadCounts(String urn, @Valid UploadedVariants counts, String ifMatch, Caller caller) {
        ScoreSet scoreSet = lockDraft(urn, ifMatch, caller, "counts");
        if (scoreSet.numVariants == 0) {
            throw ProblemException.conflict(urn + " has no variants; upload scores before counts");
        }
        VariantRules.checkCounts(counts, scoreSet.targetGenes);
        VariantRepository.Keys keys = variants.keys(scoreSet.id);
        List<Long> ids = keys.match(counts);
        variants.storeCounts(ids, counts.variants());
        scoreSet.countColumns = new ArrayList<>(counts.columns());
        scoreSet.markChanged();
        events.append(EventType.SCORE_SET_COUNTS_UPLOADED, scoreSet.urn, caller.username(),
                Map.of("numVariants", ids.size(), "columns", counts.columns()));
        return scoreSets.view(scoreSet, caller);
    }

    private ScoreSet lockDraft(String urn, String ifMatch, Caller caller, String what) {
        ScoreSet scoreSet = scoreSets.lockForWrite(urn, ifMatch, caller);
        if (scoreSet.isPublished()) {
            throw ProblemException.conflict(urn + " is published; " + what + " can only be uploaded to drafts");
        }
        return scoreSet;
    }

    /** What a download of the score set's scores or counts holds; 404 unless the caller may see it. */
    @Transactional
    public VariantTable.Layout table(String urn, VariantTable.Kind kind, Caller caller) {
        ScoreSet scoreSet = scoreSets.visible(urn, caller);
        return new VariantTable.Layout(scoreSet.id, scoreSet.urn, kind,
                List.copyOf(kind == VariantTable.Kind.SCORES ? scoreSet.scoreColumns : scoreSet.countColumns));
    }

    /** Writes the table's rows in variant order, reading them in batches so that no size is held in memory. */
    @Transactional
    public void writeTable(VariantTable table) {
        variants.forEachRow(table.layout().scoreSetId(), table::write);
    }

    @Transactional
    public VariantView.Page page(String scoreSetUrn, int limit, int offset, Caller caller) {
        ScoreSet scoreSet = scoreSets.visible(scoreSetUrn, caller);
        List<VariantView> page = variants.page(scoreSet.id, limit, offset).stream()
                .map(v -> VariantView.of(v, scoreSet.urn)).toList();
        return new VariantView.Page(scoreSet.numVariants, page);
    }

    /** Variants of the score sets the lineage filter keeps. */
    @Transactional
    public VariantView.Page search(VariantSearch search, LineageFilter lineage) {
        if (search.scoreSetUrns() != null) {
            for (int i = 0; i < search.scoreSetUrns().size(); i++) {
                Urns.require(Urns.SCORE_SET_URN, search.scoreSetUrns().get(i), "scoreSetUrns[" + i + "]", "score set");
            }
        }
        VariantRepository.SearchHits hits = variants.search(search.hgvs(), search.scoreSetUrns(), lineage,
                Paging.limit(search.limit()), Paging.offset(search.offset()));
        return new VariantView.Page(hits.total(), hits.variants());
    }

    @Transactional
    public VariantView get(String urn, Caller caller) {
        Matcher parts = Urns.VARIANT_URN.matcher(urn);
        if (!parts.matches()) {
            throw ProblemException.invalid("urn", "is not a valid variant urn (`<score set urn>#<n>`)");
        }
        ScoreSet scoreSet = scoreSets.visible(parts.group(1), caller);
        return variants.findByPosition(scoreSet.id, Integer.parseInt(parts.group(2)))
                .map(v -> VariantView.of(v, scoreSet.urn))
                .orElseThrow(() -> ProblemException.notFound("No variant with urn " + urn));
    }
}
