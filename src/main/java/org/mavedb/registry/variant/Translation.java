package org.mavedb.registry.variant;

import java.util.Locale;

/** Translates a DNA target with the standard genetic code, from its first base, as MaveDB does for {@code p.} variants. */
final class Translation {

    private static final String BASES = "TCAG";
    /** The standard code in TCAG order: TTT, TTC, TTA, TTG, TCT, ... GGG. */
    private static final String[] CODE = (
            "Phe Phe Leu Leu Ser Ser Ser Ser Tyr Tyr Ter Ter Cys Cys Ter Trp "
            + "Leu Leu Leu Leu Pro Pro Pro Pro His His Gln Gln Arg Arg Arg Arg "
            + "Ile Ile Ile Met Thr Thr Thr Thr Asn Asn Lys Lys Ser Ser Arg Arg "
            + "Val Val Val Val Ala Ala Ala Ala Asp Asp Glu Glu Gly Gly Gly Gly").split(" ");
    private static final String ONE_LETTER = "ARNDCQEGHILKMFPSTWYV*";
    private static final String[] THREE_LETTER = (
            "Ala Arg Asn Asp Cys Gln Glu Gly His Ile Leu Lys Met Phe Pro Ser Thr Trp Tyr Val Ter").split(" ");

    private Translation() {
    }

    /**
     * The three-letter residues of a DNA sequence's complete codons; a codon with a base outside
     * ACGT translates to null (unknown), which no residue equals.
     */
    static String[] translate(String dna) {
        String bases = dna.toUpperCase(Locale.ROOT);
        String[] residues = new String[bases.length() / 3];
        for (int i = 0; i < residues.length; i++) {
            int a = BASES.indexOf(bases.charAt(3 * i));
            int b = BASES.indexOf(bases.charAt(3 * i + 1));
            int c = BASES.indexOf(bases.charAt(3 * i + 2));
            residues[i] = a < 0 || b < 0 || c < 0 ? null : CODE[16 * a + 4 * b + c];
        }
        return residues;
    }

    /** The three-letter residues of a protein sequence in one-letter code; unknown letters are null. */
    static String[] residues(String protein) {
        String letters = protein.toUpperCase(Locale.ROOT);
        String[] residues = new String[letters.length()];
        for (int i = 0; i < residues.length; i++) {
            int index = ONE_LETTER.indexOf(letters.charAt(i));
            residues[i] = index < 0 ? null : THREE_LETTER[index];
        }
        return residues;
    }
}
