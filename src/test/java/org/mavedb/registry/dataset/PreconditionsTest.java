package org.mavedb.registry.dataset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mavedb.registry.problem.ProblemException;

/** Plain JUnit: If-Match as RFC 9110 §13.1.1 defines it, against a record at version 3. */
class PreconditionsTest {

    private final Dataset atVersion3 = new Dataset() {
    };

    PreconditionsTest() {
        atVersion3.version = 3;
        atVersion3.urn = "tmp:00000000-0000-0000-0000-000000000000";
    }

    @Test
    void theETagIsTheVersionAsAStrongTag() {
        assertEquals("\"3\"", Preconditions.etag(atVersion3));
    }

    @Test
    void absentStarOrTheCurrentTagPass() {
        for (String ifMatch : new String[] {null, "", "  ", "*", " * ", "\"3\"", "\"1\", \"3\"", "\"2\",\"3\""}) {
            assertDoesNotThrow(() -> Preconditions.requireMatch(ifMatch, atVersion3), String.valueOf(ifMatch));
        }
    }

    @Test
    void anotherTagAWeakTagOrAnUnquotedVersionIs412() {
        for (String ifMatch : new String[] {"\"2\"", "W/\"3\"", "3", "\"4\", \"5\"", "\"03\""}) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> Preconditions.requireMatch(ifMatch, atVersion3), ifMatch);
            assertEquals(412, refused.status());
        }
    }
}
