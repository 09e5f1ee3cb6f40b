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
    private static final PublicationIdentifier PUBMED =
            new PublicationIdentifier(PublicationIdentifier.PublicationDatabase.PUBMED, "29269382");
    private static final Metadata CURRENT = new Metadata("Title", "Short", "Abstract", "Method", List.of("a", "b"),
            License.CC_BY_4_0, List.of(PUBMED));

    private static MetadataPatch patch(Object body) {
        return MetadataPatch.parse(JSON.valueToTree(body));
    }

    @Test
    void onlyTheNamedFieldsChange() {
        assertEquals(new Metadata("New", "Short", "Abstract", "Method", List.of("a", "b"), License.CC_BY_4_0, List.of(PUBMED)),
                patch(Map.of("title", "New")).applyTo(CURRENT));
        assertEquals(CURRENT, patch(Map.of()).applyTo(CURRENT));
    }

    @Test
    void nullClearsAFieldAndKeywordsAreReplacedWhole() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("abstractText", null);
        body.put("keywords", List.of("c"));
        assertEquals(new Metadata("Title", "Short", null, "Method", List.of("c"), License.CC_BY_4_0, List.of(PUBMED)), patch(body).applyTo(CURRENT));
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
    void publicationsAreReplacedWholeAndReadStrictly() {
        assertEquals(List.of(new PublicationIdentifier(PublicationIdentifier.PublicationDatabase.DOI, "10.1186/s13059-019-1845-6")),
                patch(Map.of("publicationIdentifiers", List.of(Map.of("dbName", "DOI", "identifier", "10.1186/s13059-019-1845-6"))))
                        .applyTo(CURRENT).publicationIdentifiers());
        Map<String, Object> clear = new java.util.HashMap<>();
        clear.put("publicationIdentifiers", null);
        assertEquals(List.of(), patch(clear).applyTo(CURRENT).publicationIdentifiers());
        for (Map.Entry<Object, String> bad : Map.<Object, String>of(
                "29269382", "publicationIdentifiers",
                List.of("29269382"), "publicationIdentifiers[0]",
                List.of(Map.of("dbName", "Scopus", "identifier", "1")), "publicationIdentifiers[0].dbName",
                List.of(Map.of("dbName", "PubMed", "identifier", 29269382)), "publicationIdentifiers[0].identifier",
                List.of(Map.of("dbName", "PubMed", "identifier", "1", "year", "2019")), "publicationIdentifiers[0].year").entrySet()) {
            assertEquals(bad.getValue(), assertThrows(ProblemException.class,
                    () -> patch(Map.of("publicationIdentifiers", bad.getKey())).applyTo(CURRENT), bad.getValue())
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
