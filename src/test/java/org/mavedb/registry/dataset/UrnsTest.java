package org.mavedb.registry.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mavedb.registry.problem.ProblemException;

/** Plain JUnit: the urn shapes need no running service. */
class UrnsTest {

    @Test
    void experimentLettersCountInBijectiveBase26() {
        assertEquals("a", Urns.letters(1));
        assertEquals("z", Urns.letters(26));
        assertEquals("aa", Urns.letters(27));
        assertEquals("ab", Urns.letters(28));
        assertEquals("az", Urns.letters(52));
        assertEquals("ba", Urns.letters(53));
        assertEquals("zz", Urns.letters(702));
        assertEquals("aaa", Urns.letters(703));
    }

    @Test
    void permanentUrnsAreBuiltFromTheirParents() {
        String set = Urns.experimentSet(42);
        assertEquals("urn:mavedb:00000042", set);
        assertEquals("urn:mavedb:00000042-aa", Urns.experiment(set, 27));
        assertEquals("urn:mavedb:00000042-aa-3", Urns.scoreSet(Urns.experiment(set, 27), 3));
        assertEquals("urn:mavedb:00000042-aa-3#7", Urns.variant("urn:mavedb:00000042-aa-3", 7));
    }

    @Test
    void requireAcceptsEachShapeAndRefusesOthersAs400NamingTheField() {
        String draft = Urns.newTemporary();
        assertEquals(draft, Urns.require(Urns.SCORE_SET_URN, draft, "urn", "score set"));
        assertEquals("urn:mavedb:00000001-a-1", Urns.require(Urns.SCORE_SET_URN, "urn:mavedb:00000001-a-1", "urn", "score set"));
        for (String bad : new String[] {null, "", "urn:mavedb:00000001-a", "urn:mavedb:1-a-1", "tmp:not-a-uuid", "urn:mavedb:00000001-A-1"}) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> Urns.require(Urns.SCORE_SET_URN, bad, "supersededScoreSetUrn", "score set"), String.valueOf(bad));
            assertEquals(400, refused.status());
            assertEquals("supersededScoreSetUrn", refused.toProblem().errors().get(0).field());
        }
    }
}
