package org.mavedb.registry.variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A variant string in MAVE-HGVS, the strict subset of HGVS that MaveDB uses (VariantEffect/mavehgvs,
 * {@code docs/spec.rst}): an optional target identifier ({@code label:} or {@code accession:}), a
 * prefix ({@code c. n. g. m. o. r. p.}) and one edit, or a multi-variant {@code [edit;edit;...]}.
 * <p>
 * Hand-written, not generated from a grammar: the language is regular (the reference
 * implementation is a set of regular expressions too), so {@link Pattern} says all of it without a
 * parser generator, its runtime or the reflection a generated parser would bring into the native
 * image, and an error message can say which part is wrong. Checks against a target live in
 * {@link VariantRules}; this class knows syntax and the shape of positions only.
 */
record MaveHgvs(String target, char prefix, List<Edit> edits) {

    /** What an edit does. {@code WHOLE_IDENTITY} is {@code c.=}, {@code SYNONYMOUS} is {@code p.(=)}. */
    enum Kind { WHOLE_IDENTITY, SYNONYMOUS, EQUAL, SUBSTITUTION, DELETION, DUPLICATION, INSERTION, DELINS, FRAME_SHIFT }

    /**
     * A position: {@code number} on the target, with an intronic {@code offset} ({@code 85+12}) and a
     * {@code utr} mark ({@code -} before the start codon, {@code *} after the stop) for transcript
     * numbering. {@code residue} is the amino acid a protein position names ({@code Glu27}).
     */
    record Position(int number, int offset, char utr, String residue) {
        /** A plain position on the target sequence, which can be checked against it. */
        boolean isOnTarget() {
            return offset == 0 && utr == 0;
        }

        private int compareTo(Position other) {
            int byUtr = Integer.compare(utrRank(), other.utrRank());
            if (byUtr != 0) {
                return byUtr;
            }
            int byNumber = utr == '-' ? Integer.compare(other.number, number) : Integer.compare(number, other.number);
            return byNumber != 0 ? byNumber : Integer.compare(offset, other.offset);
        }

        private int utrRank() {
            return utr == '-' ? 0 : utr == '*' ? 2 : 1;
        }
    }

    /** One edit: {@code end} is null for a single position; {@code reference}/{@code sequence} as written. */
    record Edit(Kind kind, Position start, Position end, String reference, String sequence) {}

    static final String TARGET_IDENTIFIER = "[A-Za-z0-9_.-]+";
    private static final Pattern QUALIFIED = Pattern.compile("(" + TARGET_IDENTIFIER + "):(.*)", Pattern.DOTALL);
    private static final Pattern PREFIXED = Pattern.compile("([cngmorp])\\.(.*)", Pattern.DOTALL);

    private static final String NUMBER = "[1-9][0-9]{0,8}";
    /** c. and r.: UTR marks and intronic offsets; n.: intronic offsets; g. m. o.: plain numbers. */
    private static final String TRANSCRIPT_POSITION = "([-*]?)(" + NUMBER + ")(?:([-+])(" + NUMBER + "))?";
    private static final String NONCODING_POSITION = "()(" + NUMBER + ")(?:([-+])(" + NUMBER + "))?";
    private static final String PLAIN_POSITION = "()(" + NUMBER + ")()()";
    static final String AMINO_ACIDS = "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter";
    private static final String AMINO_ACID = "(?:" + AMINO_ACIDS + ")";
    private static final String PROTEIN_POSITION = "(" + AMINO_ACID + ")(" + NUMBER + ")";

    private static final List<Syntax> DNA = syntaxes("[ACGT]");
    private static final List<Syntax> RNA = syntaxes("[acgu]");
    private static final List<Syntax> PROTEIN = List.of(
            new Syntax(Kind.SYNONYMOUS, Pattern.compile("\\(=\\)"), 0),
            new Syntax(Kind.EQUAL, Pattern.compile(PROTEIN_POSITION + "="), 1),
            new Syntax(Kind.FRAME_SHIFT, Pattern.compile(PROTEIN_POSITION + "fs"), 1),
            new Syntax(Kind.SUBSTITUTION, Pattern.compile(PROTEIN_POSITION + "(" + AMINO_ACID + ")"), 1),
            new Syntax(Kind.DELINS, Pattern.compile(PROTEIN_POSITION + "(?:_" + PROTEIN_POSITION + ")?delins((?:" + AMINO_ACID + ")+)"), 2),
            new Syntax(Kind.DELETION, Pattern.compile(PROTEIN_POSITION + "(?:_" + PROTEIN_POSITION + ")?del"), 2),
            new Syntax(Kind.DUPLICATION, Pattern.compile(PROTEIN_POSITION + "(?:_" + PROTEIN_POSITION + ")?dup"), 2),
            new Syntax(Kind.INSERTION, Pattern.compile(PROTEIN_POSITION + "_" + PROTEIN_POSITION + "ins((?:" + AMINO_ACID + ")+)"), 2));

    /** One way to write an edit; {@code positions} of them, each a group of 2 (protein) or 4 (nucleotide). */
    private record Syntax(Kind kind, Pattern pattern, int positions) {}

    /**
     * Edits for one nucleotide alphabet; every position pattern is filled in per prefix by
     * {@link #forPrefix}. {@code %P} stands for the position pattern.
     */
    private static List<Syntax> syntaxes(String base) {
        return List.of(
                new Syntax(Kind.EQUAL, Pattern.compile("%P(?:_%P)?="), 2),
                new Syntax(Kind.SUBSTITUTION, Pattern.compile("%P(" + base + ")>(" + base + ")"), 1),
                new Syntax(Kind.DELINS, Pattern.compile("%P(?:_%P)?delins(" + base + "+)"), 2),
                new Syntax(Kind.DELETION, Pattern.compile("%P(?:_%P)?del"), 2),
                new Syntax(Kind.DUPLICATION, Pattern.compile("%P(?:_%P)?dup"), 2),
                new Syntax(Kind.INSERTION, Pattern.compile("%P_%P" + "ins(" + base + "+)"), 2));
    }

    private static final List<Syntax> CODING_DNA = forPrefix(DNA, TRANSCRIPT_POSITION);
    private static final List<Syntax> NONCODING_DNA = forPrefix(DNA, NONCODING_POSITION);
    private static final List<Syntax> GENOMIC_DNA = forPrefix(DNA, PLAIN_POSITION);
    private static final List<Syntax> CODING_RNA = forPrefix(RNA, TRANSCRIPT_POSITION);

    private static List<Syntax> forPrefix(List<Syntax> syntaxes, String position) {
        return syntaxes.stream().map(s -> new Syntax(s.kind(),
                Pattern.compile(s.pattern().pattern().replace("%P", position)), s.positions())).toList();
    }

    /** Whether the prefix writes nucleotides (every prefix but {@code p.}). */
    boolean isNucleotide() {
        return prefix != 'p';
    }

    /** The variant parsed, or why it is not MAVE-HGVS. */
    static Result parse(String text) {
        Matcher qualified = QUALIFIED.matcher(text);
        boolean isQualified = qualified.matches();
        String target = isQualified ? qualified.group(1) : null;
        String rest = isQualified ? qualified.group(2) : text;
        Matcher prefixed = PREFIXED.matcher(rest);
        if (!prefixed.matches()) {
            return Result.error("does not start with a MAVE-HGVS prefix (c., n., g., m., o., r. or p.)");
        }
        char prefix = prefixed.group(1).charAt(0);
        String body = prefixed.group(2);
        List<Syntax> syntaxes = switch (prefix) {
            case 'c' -> CODING_DNA;
            case 'n' -> NONCODING_DNA;
            case 'r' -> CODING_RNA;
            case 'p' -> PROTEIN;
            default -> GENOMIC_DNA;
        };
        if (body.equals("=") && prefix != 'r') {
            return Result.of(new MaveHgvs(target, prefix, List.of(new Edit(Kind.WHOLE_IDENTITY, null, null, null, null))));
        }
        if (body.startsWith("[") && body.endsWith("]")) {
            String[] parts = body.substring(1, body.length() - 1).split(";", -1);
            if (parts.length < 2) {
                return Result.error("is a multi-variant with fewer than two variants");
            }
            List<Edit> edits = new ArrayList<>();
            for (String part : parts) {
                Optional<Edit> edit = edit(syntaxes, part);
                if (edit.isEmpty()) {
                    return Result.error("has " + UploadProblems.quoted(part) + ", which is not a MAVE-HGVS " + prefix + ". variant");
                }
                if (edit.get().kind() == Kind.SYNONYMOUS || (edit.get().kind() == Kind.EQUAL && prefix != 'p')) {
                    return Result.error("has " + UploadProblems.quoted(part) + " inside a multi-variant, where identity to the target is not allowed");
                }
                edits.add(edit.get());
            }
            return checked(new MaveHgvs(target, prefix, List.copyOf(edits)));
        }
        return edit(syntaxes, body)
                .map(edit -> checked(new MaveHgvs(target, prefix, List.of(edit))))
                .orElseGet(() -> Result.error("is not a MAVE-HGVS " + prefix + ". variant"));
    }

    private static Optional<Edit> edit(List<Syntax> syntaxes, String text) {
        for (Syntax syntax : syntaxes) {
            Matcher m = syntax.pattern().matcher(text);
            if (m.matches()) {
                return Optional.of(syntax.positions() == 0 ? new Edit(syntax.kind(), null, null, null, null)
                        : syntaxes == PROTEIN ? protein(syntax, m) : nucleotide(syntax, m));
            }
        }
        return Optional.empty();
    }

    private static Edit nucleotide(Syntax syntax, Matcher m) {
        Position start = position(m, 1);
        Position end = syntax.positions() == 2 && m.group(6) != null ? position(m, 5) : null;
        int next = syntax.positions() * 4 + 1;
        return switch (syntax.kind()) {
            case SUBSTITUTION -> new Edit(Kind.SUBSTITUTION, start, null, m.group(5), m.group(6));
            case INSERTION, DELINS -> new Edit(syntax.kind(), start, end, null, m.group(next));
            default -> new Edit(syntax.kind(), start, end, null, null);
        };
    }

    private static Position position(Matcher m, int group) {
        String utr = m.group(group);
        String sign = m.group(group + 2);
        int offset = sign == null || sign.isEmpty() ? 0 : Integer.parseInt(m.group(group + 3)) * (sign.equals("-") ? -1 : 1);
        return new Position(Integer.parseInt(m.group(group + 1)), offset, utr.isEmpty() ? 0 : utr.charAt(0), null);
    }

    private static Edit protein(Syntax syntax, Matcher m) {
        Position start = new Position(Integer.parseInt(m.group(2)), 0, (char) 0, m.group(1));
        Position end = syntax.positions() == 2 && m.group(3) != null
                ? new Position(Integer.parseInt(m.group(4)), 0, (char) 0, m.group(3)) : null;
        return switch (syntax.kind()) {
            case SUBSTITUTION -> new Edit(Kind.SUBSTITUTION, start, null, m.group(1), m.group(3));
            case INSERTION, DELINS -> new Edit(syntax.kind(), start, end, null, m.group(5));
            default -> new Edit(syntax.kind(), start, end, null, null);
        };
    }

    /** The rules a pattern cannot say: ranges run forwards, an insertion sits between neighbours. */
    private static Result checked(MaveHgvs variant) {
        for (Edit edit : variant.edits()) {
            if (edit.kind() == Kind.SUBSTITUTION && edit.reference().equals(edit.sequence()) && variant.isNucleotide()) {
                return Result.error("substitutes " + edit.reference() + " by itself; write '=' for identity");
            }
            if (edit.end() == null) {
                continue;
            }
            if (edit.start().compareTo(edit.end()) >= 0) {
                return Result.error("has a range whose start is not before its end");
            }
            if (edit.kind() == Kind.INSERTION && edit.start().isOnTarget() && edit.end().isOnTarget()
                    && edit.end().number() != edit.start().number() + 1) {
                return Result.error("inserts between positions that are not adjacent");
            }
        }
        return Result.of(variant);
    }


    /** A parsed variant, or the reason the text is not one. */
    record Result(MaveHgvs variant, String error) {
        static Result of(MaveHgvs variant) {
            return new Result(variant, null);
        }

        static Result error(String error) {
            return new Result(null, error);
        }

        boolean isValid() {
            return variant != null;
        }
    }
}
