package org.mavedb.registry.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mavedb.registry.problem.ProblemException;

/** Plain JUnit: how a request's lineage mode is read from its query parameter and body (API.md §3). */
class LineageModeTest {

    @Test
    void absentEverywhereIsCollapsed() {
        assertEquals(LineageMode.COLLAPSED, LineageMode.resolve(null, null));
    }

    @Test
    void eitherPlaceMayNameTheModeAndBothMayAgree() {
        assertEquals(LineageMode.EXPANDED, LineageMode.resolve("expanded", null));
        assertEquals(LineageMode.EXPANDED, LineageMode.resolve(null, LineageMode.EXPANDED));
        assertEquals(LineageMode.COLLAPSED, LineageMode.resolve("collapsed", LineageMode.COLLAPSED));
    }

    @Test
    void unknownValuesAndDisagreementAre400OnLineage() {
        for (String bad : new String[] {"Expanded", "EXPANDED", "all", " collapsed", ""}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> LineageMode.resolve(bad, null), bad);
            assertEquals("lineage", refused.toProblem().errors().get(0).field());
        }
        assertEquals(400, assertThrows(ProblemException.class,
                () -> LineageMode.resolve("collapsed", LineageMode.EXPANDED)).status());
    }

    @Test
    void theWireNameIsLowerCase() {
        assertEquals("collapsed", LineageMode.COLLAPSED.toString());
        assertEquals("expanded", LineageMode.EXPANDED.toString());
    }
}
