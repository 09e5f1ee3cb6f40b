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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mavedb.registry.security.Caller;

/**
 * The collapsed-lineage filter is served by indexes, not by a sequential scan over all score sets:
 * EXPLAIN of the SQL that {@link LineageFilter} renders, against a copy of {@code score_sets}
 * (same columns and indexes) holding 100,000 rows in chains of four, every other head a draft,
 * spread over 500 users.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineagePlanTest {

    private static final int ROWS = 100_000;
    /** Owns 200 score sets (created_by = 1 + i % 500), all chain heads (i % 4 = 0), half of them drafts. */
    private static final long VIEWER = 5;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    void createLargeCopy() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists lineage_plan cascade");
            s.execute("create schema lineage_plan");
            s.execute("create table lineage_plan.score_sets (like public.score_sets including all)");
            // chains 4k+1 ← 4k+2 ← 4k+3 ← 4k+4; the head of every second chain is a draft; users 1..500
            s.execute("""
                    insert into lineage_plan.score_sets (urn, draft_urn, experiment_id, title, short_description,
                        created_by, creation_date, modification_date, published_date, superseded_score_set_id)
                    overriding system value
                    select case when i % 8 = 0 then 'tmp:' || gen_random_uuid()
                                else format('urn:mavedb:%s-a-1', lpad(i::text, 8, '0')) end,
                           'tmp:' || gen_random_uuid(), 1 + i / 4, 'Score set ' || i, 'About ' || i,
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
            s.execute("vacuum analyze lineage_plan.score_sets");
        }
    }

    @AfterAll
    void dropLargeCopy() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists lineage_plan cascade");
        }
    }

    @Test
    void publicCollapsedPageIsARangeOfThePublicHeadsIndex() throws SQLException {
        String where = new LineageFilter(LineageView.publicView(), LineageMode.COLLAPSED).where("s").toString();
        String page = explain("select s.id from score_sets s" + where + " order by s.published_date desc, s.urn limit 100");
        assertNoSequentialScan(page);
        assertFalse(page.contains("superseder"), "public heads need no superseder lookup:\n" + page);
        String total = explain("select count(*) from score_sets s" + where);
        assertTrue(total.contains("Index Only Scan"), "the public collapsed total must be an index-only count:\n" + total);
    }

    @Test
    void myCollapsedSearchUsesIndexesWithoutSupersederLookups() throws SQLException {
        LineageFilter filter = new LineageFilter(LineageView.ownedBy(new Caller(VIEWER, "someone", false)),
                LineageMode.COLLAPSED);
        String where = filter.where("s").toString().replace(":" + LineageView.VIEWER, Long.toString(VIEWER));
        for (String sql : List.of("select count(*) from score_sets s" + where, "select s.id from score_sets s" + where
                + " order by coalesce(s.published_date, s.modification_date) desc, s.urn limit 100")) {
            String plan = explain(sql);
            assertNoSequentialScan(plan);
            assertFalse(plan.contains("superseder"), "an owner's heads need no superseder lookup:\n" + plan);
        }
    }

    private static void assertNoSequentialScan(String plan) {
        assertFalse(plan.contains("Seq Scan"), "expected an index-driven plan:\n" + plan);
    }

    /** EXPLAIN ANALYZE of the query against the 100k-row copy (printed, so the timings are on record). */
    private String explain(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set search_path = lineage_plan, public");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = s.executeQuery("explain (analyze, buffers) " + sql)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                s.execute("reset search_path");
            }
            System.out.println(sql + "\n" + plan);
            return plan.toString();
        }
    }
}
