package org.mavedb.registry.variant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.mavedb.registry.dataset.Urns;
import org.mavedb.registry.event.EventLog;
import org.mavedb.registry.event.EventType;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.query.Page;
import org.mavedb.registry.query.Paging;
import org.mavedb.registry.query.Total;
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
     * Replaces a draft's variants with those of the reader (a MaveDB file or JSON, read from the
     * request as it arrives): each row is checked as it is read, against MaveDB's rules for variant
     * strings and the score set's targets ({@link VariantRules}), and streamed into the table with
     * COPY; the rules of the upload as a whole (no variant twice; prefixes; scores) are checked
     * at its end, in SQL where they need every row. Any problem rolls the whole upload back. Holds
     * the score set's row lock, so an upload and a publish of one score set never interleave: what
     * gets published is exactly the last acknowledged upload. Counts uploaded before are dropped
     * with the variants they counted.
     */
    @Transactional
    public ScoreSetView upload(String urn, VariantReader reader, String ifMatch, Caller caller) throws IOException, SQLException {
        ScoreSet scoreSet = lockDraft(urn, ifMatch, caller, "variants");
        UploadProblems problems = reader.problems();
        VariantRules rules = new VariantRules(scoreSet.targetGenes, problems);
        RowNumbers rowNumbers = new RowNumbers();
        int stored = 0;
        variants.deleteAll(scoreSet.id);
        try (VariantCopy copy = variants.copyVariants(scoreSet.id)) {
            for (VariantRow row = reader.next(); row != null; row = reader.next()) {
                if (rules.check(row) && problems.isEmpty()) {
                    copy.addVariant(++stored, row.variant());
                    rowNumbers.add(stored, row.number());
                }
            }
            rules.finishScores(reader.isCsv());
            problems.throwIfAny();
            copy.finish();
        }
        VariantColumn primary = rules.primary();
        report(variants.repeatedVariants(scoreSet.id, primary), rowNumbers, reader.isCsv(), primary, problems);
        problems.throwIfAny();
        variants.storeAsText(scoreSet.id, reader.textColumns());
        scoreSet.numVariants = stored;
        scoreSet.scoreColumns = new ArrayList<>(reader.columns());
        scoreSet.countColumns = new ArrayList<>();
        scoreSet.markChanged();
        events.append(EventType.SCORE_SET_VARIANTS_UPLOADED, scoreSet.urn, caller.username(), Map.of("numVariants", stored));
        return scoreSets.view(scoreSet, caller);
    }

    /**
     * Stores a draft's counts: one row per variant of its scores, named by the same primary column
     * (MaveDB's rule: scores and counts describe the same variants), each row's further columns
     * becoming that variant's {@code counts}. The file is staged with COPY and compared with the
     * variants as sets in SQL. Replaces earlier counts; under the same lock as uploads.
     */
    @Transactional
    public ScoreSetView uploadCounts(String urn, VariantReader reader, String ifMatch, Caller caller)
            throws IOException, SQLException {
        ScoreSet scoreSet = lockDraft(urn, ifMatch, caller, "counts");
        if (scoreSet.numVariants == 0) {
            throw ProblemException.conflict(urn + " has no variants; upload scores before counts");
        }
        UploadProblems problems = reader.problems();
        VariantRules rules = new VariantRules(scoreSet.targetGenes, problems);
        VariantColumn primary = variants.primaryColumn(scoreSet.id);
        try (VariantCopy copy = variants.copyCounts()) {
            for (VariantRow row = reader.next(); row != null; row = reader.next()) {
                String key = primary.of(row.variant());
                if (rules.check(row) && problems.isEmpty() && key != null) {
                    copy.addCounts(row.number(), key, row.variant().data());
                } else if (key == null) {
                    problems.add(row.where(primary), "is required: the scores name their variants by " + primary.csvName);
                }
            }
            problems.throwIfAny();
            copy.finish();
        }
        VariantRepository.CountsProblems found = variants.countsProblems(scoreSet.id, primary);
        found.unknown().forEach(unknown -> problems.add(VariantRow.where(true, unknown.rowNumber(), primary),
                UploadProblems.quoted(unknown.key()) + " is not a variant of this score set's scores"));
        problems.addUnlisted(found.unknownTotal() - found.unknown().size());
        report(found.repeats(), null, true, primary, problems);
        if (problems.isEmpty() && found.rows() != scoreSet.numVariants) {
            problems.add(primary.csvName, "lists " + found.rows() + " variants but the scores list "
                    + scoreSet.numVariants + "; counts cover the same variants as the scores");
        }
        problems.throwIfAny();
        variants.storeCounts(scoreSet.id, primary);
        scoreSet.countColumns = new ArrayList<>(reader.columns());
        scoreSet.markChanged();
        events.append(EventType.SCORE_SET_COUNTS_UPLOADED, scoreSet.urn, caller.username(),
                Map.of("numVariants", found.rows(), "columns", reader.columns()));
        return scoreSets.view(scoreSet, caller);
    }

    /** Reports repeated variant strings where the client wrote them (positions mapped back through rowNumbers, if given). */
    private static void report(VariantRepository.Repeats repeats, RowNumbers rowNumbers, boolean csv, VariantColumn column,
            UploadProblems problems) {
        for (VariantRepository.Repeat repeat : repeats.listed()) {
            int at = rowNumbers == null ? repeat.at() : rowNumbers.of(repeat.at());
            int first = rowNumbers == null ? repeat.first() : rowNumbers.of(repeat.first());
            problems.add(VariantRow.where(csv, at, column), UploadProblems.quoted(repeat.key()) + " repeats "
                    + VariantRow.where(csv, first, column) + "; each variant is listed once");
        }
        problems.addUnlisted(repeats.total() - repeats.listed().size());
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
        variants.forEachRow(table.layout(), table::write);
    }

    @Transactional
    public VariantView.Page page(String scoreSetUrn, int limit, int offset, long after, Caller caller) {
        if (after > 0 && offset > 0) {
            throw ProblemException.invalid("offset", "cannot be combined with `after`");
        }
        ScoreSet scoreSet = scoreSets.visible(scoreSetUrn, caller);
        List<VariantView> page = variants.page(scoreSet.id, limit, offset, after).stream()
                .map(v -> VariantView.of(v, scoreSet.urn)).toList();
        return new VariantView.Page(Total.exact(scoreSet.numVariants), page);
    }

    /** Variants of the score sets the lineage filter keeps. */
    @Transactional
    public VariantView.Page search(VariantSearch search, LineageFilter lineage) {
        if (search.scoreSetUrns() != null) {
            for (int i = 0; i < search.scoreSetUrns().size(); i++) {
                Urns.require(Urns.SCORE_SET_URN, search.scoreSetUrns().get(i), "scoreSetUrns[" + i + "]", "score set");
            }
        }
        Page<VariantView> page = variants.search(search.hgvs(), search.scoreSetUrns(), lineage,
                Paging.limit(search.limit()), Paging.offset(search.offset()));
        return new VariantView.Page(page.total(), page.items());
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
