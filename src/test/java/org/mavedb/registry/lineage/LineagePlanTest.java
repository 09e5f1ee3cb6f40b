package org.mavedb.registry.lineage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mavedb.registry.security.Caller;

/**
 * The lineage views (V8, read through {@link LineageFilter#scoreSets()}) are served by indexes, not
 * by a sequential scan over all score sets, after the planner inlines them: EXPLAIN of the SQL the
 * repositories run, against a copy of {@code score_sets} (same columns and indexes) holding
 * 1,000,000 rows in chains of four, every other head a draft, spread over 500 users.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineagePlanTest {

    private static final int ROWS = 1_000_000;
    /** Owns 2,000 score sets (created_by = 1 + i % 500), all chain heads (i % 4 = 0), half of them drafts. */
    private static final long VIEWER = 5;

    /** The general GIN index of V11 or one of its per-view partial copies. */
    private static final Pattern SEARCH_INDEX = Pattern.compile("Bitmap Index Scan on score_sets_\\w*search\\w*_idx");
    /** A plan that computes a score set's word prefixes (V11) for the rows it tests, about 150 µs each, instead of reading them (V12). */
    private static final Pattern PREFIXES_PER_ROW = Pattern.compile("score_set_search_prefixes\\(");
    /** A filter or sort key that builds the searched text's query for each row it tests or ranks, about 40 µs each. */
    private static final Pattern TEXT_QUERY_PER_ROW = Pattern.compile("(Filter|Sort Key): [^\\n]*score_set_search_query\\(");

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    void createLargeCopy() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // a million rows and their indexes take longer than a request may (the pool's statement and
            // socket timeouts): this fixture is built like a migration (ops.MigrationTimeouts), and its
            // connection gets both timeouts back
            int socketTimeoutMillis = c.getNetworkTimeout();
            c.setNetworkTimeout(Runnable::run, 0);
            s.execute("set statement_timeout = 0");
            try {
                build(s);
            } finally {
                s.execute("reset statement_timeout");
                c.setNetworkTimeout(Runnable::run, socketTimeoutMillis);
            }
        }
    }

    /** The 1M-row copy: chains of four, every other head a draft, with the schema's indexes. */
    private static void build(Statement s) throws SQLException {
        s.execute("drop schema if exists lineage_plan cascade");
        s.execute("create schema lineage_plan");
        // indexed after loading, which at a million rows is several times faster than indexing each insert
        s.execute("create table lineage_plan.score_sets (like public.score_sets including all excluding indexes)");
        // chains 4k+1 ← 4k+2 ← 4k+3 ← 4k+4; the head of every second chain is a draft; users 1..500
        s.execute("""
                insert into lineage_plan.score_sets (urn, draft_urn, experiment_id, title, short_description,
                    created_by, creation_date, modification_date, published_date, superseded_score_set_id)
                overriding system value
                select case when i % 8 = 0 then 'tmp:' || gen_random_uuid()
                            else format('urn:mavedb:%s-a-1', lpad(i::text, 8, '0')) end,
                       'tmp:' || gen_random_uuid(), 1 + i / 4, 'Score set ' || i || ' of GENE' || i % 2999, 'About ' || i,
                       1 + i % 500, now(), now() - make_interval(secs => i),
                       case when i % 8 = 0 then null else now() - make_interval(secs => i) end,
                       case when i % 4 = 1 then null else i - 1 end
                  from generate_series(1, """ + ROWS + ") i");
        // the copy has the schema's columns and indexes but not its triggers: set their flag
        s.execute("""
                update lineage_plan.score_sets p
                   set superseded_by_published = s.published_date is not null,
                       superseded_by_own_draft = s.published_date is null and s.created_by = p.created_by
                  from lineage_plan.score_sets s
                 where s.superseded_score_set_id = p.id""");
        // the update's dead row versions go before any index is built: an index built over them is hidden
        // (pg_index.indcheckxmin) from every snapshot older than itself, that is from every query for as
        // long as any transaction older than the index runs on the server, in any database
        s.execute("vacuum lineage_plan.score_sets");
        List<String> indexes = new ArrayList<>();
        try (ResultSet rows = s.executeQuery(
                "select indexdef from pg_indexes where schemaname = 'public' and tablename = 'score_sets'")) {
            while (rows.next()) {
                indexes.add(rows.getString(1).replace(" ON public.score_sets ", " ON lineage_plan.score_sets "));
            }
        }
        for (String index : indexes) {
            s.execute(index);
        }
        s.execute("analyze lineage_plan.score_sets");
    }

    @AfterAll
    void dropLargeCopy() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists lineage_plan cascade");
        }
    }

    @Test
    void publicCollapsedPageIsARangeOfThePublicHeadsIndex() throws SQLException {
        String heads = new LineageFilter(LineageView.publicView(), LineageMode.COLLAPSED).scoreSets();
        String page = explain("select s.id from " + heads + " s order by s.published_date desc, s.urn limit 100");
        assertTrue(page.contains("score_sets_public_heads_idx"), "the page must be a range of the public heads index:\n" + page);
        assertNoSequentialScan(page);
        String total = explain(boundedCount(heads, ""));
        assertTrue(total.contains("Index Only Scan"), "the public collapsed total must be an index-only count:\n" + total);
    }

    @Test
    void myCollapsedSearchUsesIndexesWithoutSupersederLookups() throws SQLException {
        String heads = new LineageFilter(LineageView.ownedBy(new Caller(VIEWER, "someone", false)), LineageMode.COLLAPSED)
                .scoreSets().replace(":" + LineageView.VIEWER, Long.toString(VIEWER));
        for (String sql : List.of(boundedCount(heads, ""), "select s.id from " + heads + " s"
                + " order by coalesce(s.published_date, s.modification_date) desc, s.urn limit 100")) {
            String plan = explain(sql);
            assertTrue(plan.contains("score_sets_owner_heads_idx"), "an owner's heads are a range of their index:\n" + plan);
            assertNoSequentialScan(plan);
        }
    }

    /**
     * A narrow word is found through a GIN search index. A word in every score set ("score") may as
     * well be tested row by row, along another index or the table, until the total's threshold (4–21 ms
     * for 10,001 rows), which is what PostgreSQL does: either way no row's prefixes are computed (V12).
     */
    @Test
    void textSearchIsServedByTheSearchIndex() throws SQLException {
        for (String word : List.of("gene1234", "score")) {
            for (LineageMode mode : LineageMode.values()) {
                String scoreSets = new LineageFilter(LineageView.publicView(), mode).scoreSets();
                // ScoreSetCriteria's match (V12): exact terms of the stored prefixes, or the document of a score set without them
                String match = " where (s.search_prefixes @@ score_set_search_query('" + word + "', true)"
                        + " or (s.search_prefixes is null and s.search_document @@ score_set_search_query('" + word + "')))";
                for (String sql : List.of(boundedCount(scoreSets, match), "select s.id from " + scoreSets + " s" + match
                        + " order by s.published_date desc, s.urn limit 100")) {
                    String plan = explain(sql);
                    assertFalse(PREFIXES_PER_ROW.matcher(plan).find(), "no row's prefixes may be computed to test it:\n" + plan);
                    if (word.equals("gene1234")) {
                        assertTrue(SEARCH_INDEX.matcher(plan).find(), "a narrow text search must use a GIN search index:\n" + plan);
                        assertNoSequentialScan(plan);
                    }
                }
            }
        }
    }

    /**
     * A page of a broad text match by recency (more matches than the total's threshold): the match
     * as a filter on a walk of the recency index, which stops after a page (query.Pager).
     */
    @Test
    void broadTextPageWalksTheRecencyIndex() throws SQLException {
        for (LineageMode mode : LineageMode.values()) {
            String scoreSets = new LineageFilter(LineageView.publicView(), mode).scoreSets();
            String plan = explain("select s.id from " + scoreSets + " s"
                    + " where ts_match_vq(s.search_document, (select score_set_search_query('gene12')))"
                    + " order by s.published_date desc, s.urn limit 100");
            assertTrue(plan.contains(mode == LineageMode.COLLAPSED ? "score_sets_public_heads_idx" : "score_sets_published_idx"),
                    "a broad page must walk the recency index:\n" + plan);
            assertFalse(plan.contains("Sort"), "a broad page must not sort its matches:\n" + plan);
            assertNoSequentialScan(plan);
        }
    }

    /**
     * In the generic plan that pgjdbc's prepared statements reach after a few executions, the text's
     * query is a parameter, not a constant: what PostgreSQL evaluates per row (the broad page's
     * in-order match, the relevance rank) must read it from a subquery computed once per statement
     * (ScoreSetCriteria), not build it again for every row.
     */
    @Test
    void textQueryIsBuiltOncePerStatementInAGenericPlan() throws SQLException {
        String scoreSets = new LineageFilter(LineageView.publicView(), LineageMode.COLLAPSED).scoreSets();
        String broadPage = "select s.id from " + scoreSets + " s"
                + " where ts_match_vq(s.search_document, (select score_set_search_query($1)))"
                + " order by s.published_date desc, s.urn limit 100";
        String relevancePage = "select s.id from " + scoreSets + " s"
                + " where s.search_prefixes @@ score_set_search_query($1, true)"
                + " order by ts_rank(s.search_document, (select score_set_search_query($1))) desc, s.published_date desc, s.urn"
                + " limit 100";
        for (String sql : List.of(broadPage, relevancePage)) {
            String plan = explainGeneric(sql, "gene12");
            assertFalse(TEXT_QUERY_PER_ROW.matcher(plan).find(), "the text's query must be built once:\n" + plan);
        }
    }

    /** The count a list runs ({@code query.Pager}): its matches up to the default threshold and one more. */
    private static String boundedCount(String scoreSets, String where) {
        return "select count(*) from (select 1 from " + scoreSets + " s" + where + " limit 10001) matches";
    }

    private static void assertNoSequentialScan(String plan) {
        assertFalse(plan.contains("Seq Scan"), "expected an index-driven plan:\n" + plan);
    }

    /** EXPLAIN ANALYZE of the query against the 1M-row copy (printed, so the timings are on record). */
    private String explain(String sql) throws SQLException {
        return explain(sql, "explain (analyze, buffers) " + sql, List.of(), List.of());
    }

    /** The same for the generic plan of a statement with one text parameter ($1), executed with the argument. */
    private String explainGeneric(String sql, String argument) throws SQLException {
        return explain(sql, "explain (analyze, buffers) execute plan_under_test('" + argument + "')",
                List.of("set plan_cache_mode = force_generic_plan", "prepare plan_under_test(text) as " + sql),
                List.of("deallocate plan_under_test", "reset plan_cache_mode"));
    }

    /** Runs the set-up, then the explain, then the tear-down (on a pooled connection, which must come back as it was). */
    private String explain(String sql, String explain, List<String> setUp, List<String> tearDown) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set search_path = lineage_plan, public");
            StringBuilder plan = new StringBuilder();
            try {
                for (String statement : setUp) {
                    s.execute(statement);
                }
                try (ResultSet rows = s.executeQuery(explain)) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                for (String statement : tearDown) {
                    s.execute(statement);
                }
            } finally {
                s.execute("reset search_path");
            }
            System.out.println(sql + "\n" + plan);
            return plan.toString();
        }
    }
}
