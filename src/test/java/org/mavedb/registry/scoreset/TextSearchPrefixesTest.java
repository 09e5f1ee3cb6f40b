package org.mavedb.registry.scoreset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mavedb.registry.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mavedb.registry.support.Api;

/**
 * Score-set text search asks the index for exact prefixes of words up to 32 characters (V11). These
 * are the cases beside that: a searched word longer than the indexed prefixes, and a score set whose
 * prefixes would not fit one tsvector, which must still be created and found (public and own
 * searches, by recency and by relevance).
 */
@QuarkusTest
class TextSearchPrefixesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void wordsLongerThanTheIndexedPrefixesMatchByAnyPrefix() {
        String key = Api.newUser();
        String word = "LNG" + UUID.randomUUID().toString().replace("-", "");
        assertEquals(35, word.length());
        publishedWith(key, Map.of("title", "Long " + word + "suffix words"));
        assertEquals(1, hits(word.substring(0, 20)), "a prefix the index holds");
        assertEquals(1, hits(word.substring(0, 32)), "the longest prefix it holds");
        assertEquals(1, hits(word + "suf"), "a prefix longer than that");
        assertEquals(1, hits(word + "suffix"), "the whole word");
        assertEquals(0, hits(word + "suffixes"), "a longer word");
        assertEquals(0, hits(word.substring(1, 33)), "text inside the word");
    }

    @Test
    void aScoreSetTooWordyForThePrefixIndexIsCreatedAndFound() throws SQLException {
        String key = Api.newUser();
        String marker = "WDY" + UUID.randomUUID().toString().substring(0, 8);
        // 2 × 100,000 characters (the limit) of random 12-letter words: about 1.2 MB of prefixes
        Random random = new Random(20);
        String abstractText = randomWords(random, 100_000);
        String methodText = randomWords(random, 100_000 - marker.length() - 6) + " " + marker + "tail";
        String wordy = publishedWith(key, Map.of("title", "Wordy", "abstractText", abstractText, "methodText", methodText));
        String plain = publishedWith(key, Map.of("title", marker + " in a title"));
        assertTrue(hasNoPrefixes(wordy), "the fixture must be one the prefix index leaves out");

        int start = abstractText.indexOf(' ', 12_000) + 1;
        String someWord = abstractText.substring(start, start + 12);
        assertEquals(2, hits(marker));
        assertEquals(1, hits(marker + "ta"), "a prefix of a word of the method");
        assertEquals(1, hits(marker + " " + someWord.substring(0, 7)), "words of the abstract and the method together");
        assertEquals(0, hits(marker + " " + someWord + "zz"));
        assertEquals(List.of(plain, wordy), search(null, marker, "relevance"), "a title match ranks first");
        assertEquals(List.of(plain, wordy), search(key, marker, null), "the owner's search, newest first");
    }

    private static String randomWords(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() + 13 <= length) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            for (int i = 0; i < 12; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    private static String publishedWith(String key, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Api.scoreSetBody(Api.newExperiment(key), "untitled"));
        body.putAll(fields);
        String scoreSet = as(key).body(body).post("/api/v1/score-sets").then().statusCode(201).extract().path("urn");
        Api.uploadCsv(key, scoreSet, Api.SMALL_CSV).statusCode(200);
        return Api.publish(key, scoreSet);
    }

    private static int hits(String text) {
        return as(null).body(Map.of("text", text, "lineage", "expanded")).post("/api/v1/score-sets/search")
                .then().statusCode(200).extract().path("numScoreSets");
    }

    private static List<String> search(String key, String text, String sort) {
        Map<String, Object> body = new HashMap<>(Map.of("text", text));
        if (sort != null) {
            body.put("sort", sort);
        }
        return as(key).body(body).post(key == null ? "/api/v1/score-sets/search" : "/api/v1/me/score-sets/search")
                .then().statusCode(200).extract().jsonPath().getList("scoreSets.urn");
    }

    private boolean hasNoPrefixes(String urn) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select search_prefixes is null from score_sets where urn = ?")) {
            s.setString(1, urn);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }
}
