package org.mavedb.registry.variant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mavedb.registry.targetgene.SequenceType;
import org.mavedb.registry.targetgene.TargetGene;

/**
 * What MaveDB checks about uploaded variants beyond their syntax ({@link MaveHgvs}):
 * <ul>
 * <li><b>columns</b>: {@code hgvs_nt} holds nucleotide variants, {@code hgvs_splice} {@code c.}/{@code n.}
 * ones, {@code hgvs_pro} {@code p.} ones; each column uses one prefix; {@code g.} in {@code hgvs_nt}
 * with {@code hgvs_splice}, {@code c.} alongside {@code hgvs_pro}, {@code n.} for nucleotide-only data
 * on a sequence target;</li>
 * <li><b>targets</b>: a variant names a known target ({@code label:}, or the accession of an
 * accession target, which must qualify its variants); on a sequence target every plain position lies
 * inside it and every reference base or residue written matches it ({@code p.} on a DNA target by
 * its translation from the first base); nucleotide variants need a DNA target. An accession target
 * has no sequence here, so its variants get the syntax and prefix checks only;</li>
 * <li><b>keys</b>: the primary column ({@code hgvs_nt} if the upload has it, else {@code hgvs_pro})
 * has a value in every row and no value twice (checked in SQL where the rows are stored); the score
 * column has at least one value.</li>
 * </ul>
 * Rows are checked one at a time as they are read ({@link #check}), the upload as a whole at its
 * end ({@link #finishScores}); nothing here grows with the upload.
 */
final class VariantRules {

    private final List<Target> targets;
    private final UploadProblems problems;
    private final Map<VariantColumn, Character> prefixes = new EnumMap<>(VariantColumn.class);
    private final Map<VariantColumn, String> prefixFirstSeen = new EnumMap<>(VariantColumn.class);
    private final Map<VariantColumn, MissingValues> missing = new EnumMap<>(Map.of(
            VariantColumn.HGVS_NT, new MissingValues(), VariantColumn.HGVS_PRO, new MissingValues()));
    private boolean anyHgvsNt;
    private boolean anyScore;

    VariantRules(List<TargetGene> targets, UploadProblems problems) {
        this.targets = targets.stream().map(Target::of).toList();
        this.problems = problems;
    }

    /**
     * The limits a JSON variant's fields have (a CSV reader checks its cells itself, with the same
     * limits): variant strings, data columns and their names; and a variant string to name it by.
     */
    static boolean fitsLimits(VariantRow row, UploadProblems problems) {
        int before = problems.total();
        VariantInput variant = row.variant();
        for (VariantColumn column : VariantColumn.values()) {
            String text = column.of(variant);
            if (text != null && text.length() > VariantInput.MAX_HGVS) {
                problems.add(row.where(column), "is longer than " + VariantInput.MAX_HGVS + " characters");
            }
        }
        String data = "variants[" + row.number() + "].data";
        if (variant.data().size() > VariantInput.MAX_COLUMNS) {
            problems.add(data, "has more than " + VariantInput.MAX_COLUMNS + " columns");
        }
        variant.data().keySet().stream().filter(name -> name.length() > VariantInput.MAX_COLUMN_NAME).findFirst()
                .ifPresent(name -> problems.add(data, "has a column name longer than " + VariantInput.MAX_COLUMN_NAME
                        + " characters"));
        if (variant.hgvsNt() == null && variant.hgvsPro() == null) {
            problems.add("variants[" + row.number() + "]", "give hgvsNt or hgvsPro");
        }
        return problems.total() == before;
    }

    /** Checks one variant as it is read; false when it breaks a rule (reported to the problems). */
    boolean check(VariantRow row) {
        int before = problems.total();
        VariantInput variant = row.variant();
        for (VariantColumn column : VariantColumn.values()) {
            String text = column.of(variant);
            if (text != null) {
                check(row, column, text);
            }
        }
        if (variant.hgvsSplice() != null && variant.hgvsNt() == null) {
            problems.add(row.where(VariantColumn.HGVS_NT), "is required with an hgvs_splice variant");
        }
        anyHgvsNt |= variant.hgvsNt() != null;
        anyScore |= variant.score() != null;
        missing.forEach((column, values) -> {
            if (column.of(variant) == null) {
                values.add(row.where(column));
            }
        });
        return problems.total() == before;
    }

    /**
     * The rules of a scores upload as a whole, once every row has been checked: how the prefixes of
     * the columns combine, a value in every row of the primary column, and at least one score.
     * (That no primary value repeats is checked where the rows are stored.)
     */
    void finishScores(boolean csv) {
        checkPrefixCombination(csv);
        checkPrimaryValues();
        if (!anyScore) {
            problems.add(VariantRow.column(csv, "score", "score"), "has no value in any row; a score set needs scores");
        }
    }

    /** The column that names this upload's variants: {@code hgvs_nt} if any row has it, else {@code hgvs_pro}. */
    VariantColumn primary() {
        return anyHgvsNt ? VariantColumn.HGVS_NT : VariantColumn.HGVS_PRO;
    }

    private void checkPrimaryValues() {
        VariantColumn primary = primary();
        missing.get(primary).report(problems, "is required: " + primary.csvName + " is this upload's primary variant column");
    }

    /** The first rows missing a value in a column, and how many there are, without holding every row. */
    private static final class MissingValues {

        private final List<String> first = new ArrayList<>();
        private int count;

        void add(String where) {
            count++;
            if (first.size() < UploadProblems.LISTED) {
                first.add(where);
            }
        }

        void report(UploadProblems problems, String message) {
            first.forEach(where -> problems.add(where, message));
            problems.addUnlisted(count - first.size());
        }
    }

    private void check(VariantRow row, VariantColumn column, String text) {
        String where = row.where(column);
        MaveHgvs.Result parsed = MaveHgvs.parse(text);
        if (!parsed.isValid()) {
            problems.add(where, UploadProblems.quoted(text) + " " + parsed.error());
            return;
        }
        MaveHgvs variant = parsed.variant();
        char prefix = variant.prefix();
        String allowed = switch (column) {
            case HGVS_NT -> "cngmor";
            case HGVS_SPLICE -> "cn";
            case HGVS_PRO -> "p";
        };
        if (allowed.indexOf(prefix) < 0) {
            problems.add(where, UploadProblems.quoted(text) + " uses " + prefix + ". but this column takes "
                    + String.join(", ", allowed.chars().mapToObj(c -> (char) c + ".").toList()) + " variants");
            return;
        }
        Character first = prefixes.putIfAbsent(column, prefix);
        if (first == null) {
            prefixFirstSeen.put(column, where);
        } else if (first != prefix) {
            problems.add(where, "uses " + prefix + ". but " + prefixFirstSeen.get(column)
                    + " uses " + first + ".; a column uses one prefix");
            return;
        }
        Target target = target(variant, where);
        if (target == null || column == VariantColumn.HGVS_SPLICE) {
            return; // a splice variant is numbered on a transcript the target does not give
        }
        if (variant.isNucleotide()) {
            checkNucleotides(variant, target, where);
        } else {
            checkResidues(variant, target, where);
        }
    }

    /** The target the variant names, or null after reporting why it names none. */
    private Target target(MaveHgvs variant, String where) {
        if (variant.target() != null) {
            for (Target target : targets) {
                if (variant.target().equals(target.label) || variant.target().equals(target.accession)) {
                    return target;
                }
            }
            problems.add(where, "names the target '" + variant.target() + "', which is no label or accession of "
                    + "this score set's targets " + targets.stream().map(Target::identifier).toList());
            return null;
        }
        if (targets.size() > 1) {
            problems.add(where, "must name its target: prefix it with one of the labels "
                    + targets.stream().map(Target::identifier).toList() + " and ':'");
            return null;
        }
        Target only = targets.get(0);
        if (only.accession != null) {
            problems.add(where, "must be qualified with the target's accession, as in '" + only.accession + ":"
                    + variant.prefix() + ".…'");
            return null;
        }
        return only;
    }

    private void checkNucleotides(MaveHgvs variant, Target target, String where) {
        if (target.accession != null) {
            return;
        }
        if (target.dna == null) {
            problems.add(where, "is a nucleotide variant but the target " + target.name + " is a protein sequence");
            return;
        }
        for (MaveHgvs.Edit edit : variant.edits()) {
            for (MaveHgvs.Position position : new MaveHgvs.Position[] {edit.start(), edit.end()}) {
                if (position != null && position.isOnTarget() && position.number() > target.dna.length()) {
                    problems.add(where, "names position " + position.number() + ", past the end of the target "
                            + target.name + " (" + target.dna.length() + " bases)");
                    return;
                }
            }
            if (edit.kind() == MaveHgvs.Kind.SUBSTITUTION && edit.start().isOnTarget()) {
                char written = edit.reference().toUpperCase(Locale.ROOT).replace('U', 'T').charAt(0);
                char actual = target.dna.charAt(edit.start().number() - 1);
                if (written != actual) {
                    problems.add(where, "has reference " + edit.reference() + " at " + edit.start().number()
                            + " but the target " + target.name + " has " + actual + " there");
                    return;
                }
            }
        }
    }

    private void checkResidues(MaveHgvs variant, Target target, String where) {
        if (target.residues == null) {
            return;
        }
        for (MaveHgvs.Edit edit : variant.edits()) {
            for (MaveHgvs.Position position : new MaveHgvs.Position[] {edit.start(), edit.end()}) {
                if (position == null) {
                    continue;
                }
                if (position.number() > target.residues.length) {
                    problems.add(where, "names residue " + position.number() + ", past the end of the target "
                            + target.name + " (" + target.residues.length + " residues" + target.translatedNote() + ")");
                    return;
                }
                String actual = target.residues[position.number() - 1];
                if (!position.residue().equals(actual)) {
                    problems.add(where, "has " + position.residue() + position.number() + " but the target " + target.name
                            + " has " + (actual == null ? "an unknown residue" : actual) + " at " + position.number()
                            + target.translatedNote());
                    return;
                }
            }
        }
    }

    private void checkPrefixCombination(boolean csv) {
        Character nt = prefixes.get(VariantColumn.HGVS_NT);
        if (nt == null) {
            return;
        }
        String column = VariantRow.column(csv, VariantColumn.HGVS_NT.csvName, VariantColumn.HGVS_NT.jsonName);
        if (prefixes.containsKey(VariantColumn.HGVS_SPLICE)) {
            if (nt != 'g') {
                problems.add(column, "must use g. when hgvs_splice is given (it uses " + nt + ".)");
            }
        } else if (prefixes.containsKey(VariantColumn.HGVS_PRO)) {
            if (nt != 'c') {
                problems.add(column, "must use c. alongside hgvs_pro (it uses " + nt + ".)");
            }
        } else if (targets.stream().allMatch(t -> t.accession == null) && nt != 'n') {
            problems.add(column, "must use n. for nucleotide-only data on a sequence target (it uses " + nt + ".)");
        }
    }

    /** A target as the rules need it: its names, and its bases and residues when it has a sequence. */
    private record Target(String name, String label, String accession, String dna, String[] residues) {

        static Target of(TargetGene target) {
            if (target.sequence == null) {
                return new Target(target.name, target.label, target.accession, null, null);
            }
            String sequence = target.sequence.toUpperCase(Locale.ROOT);
            return target.sequenceType == SequenceType.DNA
                    ? new Target(target.name, target.label, null, sequence, Translation.translate(sequence))
                    : new Target(target.name, target.label, null, null, Translation.residues(sequence));
        }

        String identifier() {
            return label != null ? label : accession != null ? accession : name;
        }

        String translatedNote() {
            return dna != null ? ", translated from its DNA" : "";
        }
    }
}
