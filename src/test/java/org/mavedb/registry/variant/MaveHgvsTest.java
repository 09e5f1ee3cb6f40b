package org.mavedb.registry.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Plain JUnit: the MAVE-HGVS grammar. The valid and invalid examples are those of the
 * specification (VariantEffect/mavehgvs {@code docs/spec.rst}), section by section, plus the
 * multi-variant, target-identifier and structural rules it states in prose.
 */
class MaveHgvsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // equality
            "c.=", "c.22=", "g.123=", "c.1_3=", "p.Cys22=", "p.(=)", "p.=",
            // substitution
            "g.48C>A", "c.122-6T>A", "c.*33G>C", "p.Glu27Trp", "p.Ter345Lys", "r.22g>u", "r.33+12a>c", "c.-5A>G", "n.85+12G>A",
            // deletion
            "g.44del", "c.78+5_78+10del", "c.1_95del", "p.Gly18del", "p.Gln7_Asn19del", "r.34_36del", "n.22del",
            // duplication
            "g.22_24dup", "c.77dup", "c.101+1_101+7dup", "p.Pro12_Gly18dup", "p.Cys5dup", "r.12dup",
            // insertion
            "g.234_235insT", "c.84_85insCTG", "c.99+6_99+7insA", "p.His7_Gln8insSer", "p.Ala12_Pro13insGlyProCys", "r.22_23insauc",
            // deletion-insertion
            "g.22delinsAACG", "c.83_85delinsT", "c.43-6_595+12delinsCTT", "p.Ile71_Cys80delinsSer", "p.His44delinsValProGlyGlu",
            "r.92delinsgac",
            // frame shift
            "p.Glu27fs",
            // multi-variants and target identifiers
            "c.[123A>G;124A>T]", "p.[Ala11Gly;His23Asp]", "p.[Glu27Trp;Lys212fs]", "NM_001637.3:c.1G>C", "TEST3:n.1A>T",
            "BRCA1_RING:p.[Met1Val;Cys22=]", "m.1A>G", "o.1A>G"})
    void specificationExamplesAreValid(String variant) {
        MaveHgvs.Result result = MaveHgvs.parse(variant);
        assertTrue(result.isValid(), variant + ": " + result.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // invalid in MAVE-HGVS, though valid HGVS (the specification's lists)
            "g.48C>W", "c.122=/T>A", "p.(Glu27Trp)", "p.*345Lys", "p.Glu23Xaa", "r.spl",
            "c.(78+1_79-1)_(124+1_125-1)del", "g.(?_85)_(124_?)del", "c.122=/del", "p.(Gly18del)", "r.=/9_12del",
            "r.(155_185)del", "c.(78+1_79-1)_(124+1_125-1)dup", "g.(?_85)_(124_?)dup", "c.122_125=//dup", "p.(Cys5dup)",
            "c.84_85ins100_125", "g.234_235ins(10)", "g.234_235ins(?)", "c.(122_125)insG", "p.(His7_Gln8insSer)",
            "p.(His7_Gln8insX)", "p.(Ala12_Pro13ins(2))", "r.(27_30)insu", "r.74_74insnnn", "p.Met1ext-4", "p.Ter345Lysext5",
            // legacy forms MaveDB refuses today
            "_wt", "_sy", "p.Gln26?", "c.[=;1A>G]", "p.[(=);Met1Val]", "c.[1A>G]",
            // garbage and near misses
            "", "garbage", "123", "c.1A>", "c.1A>A", "p.Foo1Bar", "c.0A>G", "g.-5A>G", "g.5+1A>G", "n.*5A>G", "c.1a>g",
            "r.1A>G", "c.5_3del", "c.3_7insA", "c.3_4ins", "p.Met1", "x.1A>G", "c.1A>G ", " c.1A>G", "NM 1:c.1A>G",
            "c.[1A>G;2T>C", "c.1A>G;c.2T>C"})
    void invalidExamplesAreRefused(String variant) {
        assertFalse(MaveHgvs.parse(variant).isValid(), variant);
    }

    @Test
    void partsOfAVariantAreRead() {
        MaveHgvs variant = MaveHgvs.parse("NM_007294.4:c.[122-6T>A;130_131insGG]").variant();
        assertEquals("NM_007294.4", variant.target());
        assertEquals('c', variant.prefix());
        MaveHgvs.Edit first = variant.edits().get(0);
        assertEquals(MaveHgvs.Kind.SUBSTITUTION, first.kind());
        assertEquals(new MaveHgvs.Position(122, -6, (char) 0, null), first.start());
        assertFalse(first.start().isOnTarget());
        assertEquals("T", first.reference());
        MaveHgvs.Edit second = variant.edits().get(1);
        assertEquals(MaveHgvs.Kind.INSERTION, second.kind());
        assertEquals(131, second.end().number());
        assertEquals("GG", second.sequence());
        MaveHgvs protein = MaveHgvs.parse("p.Gln7_Asn19del").variant();
        assertEquals("Gln", protein.edits().get(0).start().residue());
        assertEquals(19, protein.edits().get(0).end().number());
    }
}
