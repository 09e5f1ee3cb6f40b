package org.mavedb.registry.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.problem.ProblemException;

/** Plain JUnit: JSON Merge Patch (RFC 7396) over the editable metadata. */
class MetadataPatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Metadata CURRENT = new Metadata("Title", "Short", "Abstract", "Method", List.of("a", "b"),
            License.CC_BY_4_0);

    private static MetadataPatch patch(Object body) {
        return MetadataPatch.parse(JSON.valueToTree(body));
    }

    @Test
    void onlyTheNamedFieldsChange() {
        assertEquals(new Metadata("New", "Short", "Abstract", "Method", List.of("a", "b"), License.CC_BY_4_0),
                patch(Map.of("title", "New")).applyTo(CURRENT));
        assertEquals(CURRENT, patch(Map.of()).applyTo(CURRENT));
    }

    @Test
    void nullClearsAFieldAndKeywordsAreReplacedWhole() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("abstractText", null);
        body.put("keywords", List.of("c"));
        assertEquals(new Metadata("Title", "Short", null, "Method", List.of("c"), License.CC_BY_4_0), patch(body).applyTo(CURRENT));
        Map<String, Object> clearKeywords = new java.util.HashMap<>();
        clearKeywords.put("keywords", null);
        assertEquals(List.of(), patch(clearKeywords).applyTo(CURRENT).keywords());
    }

    @Test
    void theLicenceIsOneOfTheSetOrNull() {
        assertEquals(License.CC0_1_0, patch(Map.of("license", "CC0-1.0")).applyTo(CURRENT).license());
        Map<String, Object> clear = new java.util.HashMap<>();
        clear.put("license", null);
        assertEquals(null, patch(clear).applyTo(CURRENT).license());
        for (Object bad : List.of("CC BY 4.0", "cc0-1.0", "MIT", 4)) {
            assertEquals("license", assertThrows(ProblemException.class, () -> patch(Map.of("license", bad)).applyTo(CURRENT))
                    .toProblem().errors().get(0).field());
        }
    }

    @Test
    void fieldsThatAreNotEditableAreRefusedByName() {
        ProblemException refused = assertThrows(ProblemException.class, () -> patch(Map.of("urn", "x", "title", "ok")));
        assertEquals(400, refused.status());
        assertEquals("urn", refused.toProblem().errors().get(0).field());
    }

    @Test
    void valuesOfAnotherTypeAreRefusedByName() {
        assertEquals("title", assertThrows(ProblemException.class, () -> patch(Map.of("title", 5)).applyTo(CURRENT))
                .toProblem().errors().get(0).field());
        assertEquals("keywords[1]", assertThrows(ProblemException.class,
                () -> patch(Map.of("keywords", List.of("ok", 7))).applyTo(CURRENT)).toProblem().errors().get(0).field());
        assertThrows(ProblemException.class, () -> MetadataPatch.parse(JSON.valueToTree(List.of("not", "an", "object"))));
    }
}
