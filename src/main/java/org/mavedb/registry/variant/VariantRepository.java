package org.mavedb.registry.variant;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.query.ListQuery;
import org.mavedb.registry.query.Page;
import org.mavedb.registry.query.Pager;
import org.mavedb.registry.query.SqlWhere;

@ApplicationScoped
public class VariantRepository implements PanacheRepository<Variant> {

    private static final int BATCH_SIZE = 1000;

    private final Duration uploadTimeout;
    private final Pager pager;

    public VariantRepository(@ConfigProperty(name = "registry.variants.upload-timeout") Duration uploadTimeout,
            Pager pager) {
        this.uploadTimeout = uploadTimeout;
        this.pager = pager;
    }

    /** Deletes a score set's variants, ahead of an upload that replaces them. */
    void deleteAll(long scoreSetId) {
        getEntityManager().createNativeQuery("delete from variants where score_set_id = ?1")
                .setParameter(1, scoreSetId).executeUpdate();
    }

    /**
     * Starts a COPY of one score set's variants into the table: rows go to the database as they are
     * added, a buffer at a time, and become visible when the transaction commits (or never).
     */
    VariantCopy copyVariants(long scoreSetId) {
        return new VariantCopy(copyIn("copy variants (score_set_id, position, hgvs_nt, hgvs_splice, hgvs_pro, score, data)"
                + " from stdin"), scoreSetId);
    }

    /**
     * Starts a COPY of a counts file into a staging table of this transaction ({@code counts_upload}:
     * row number, primary variant string, counts), where {@link #countsProblems} and
     * {@link #storeCounts} compare it with the variants as sets.
     */
    VariantCopy copyCounts() {
        getEntityManager().createNativeQuery("create temporary table counts_upload (row_number integer not null,"
                + " key text not null, counts json not null) on commit drop").executeUpdate();
        return new VariantCopy(copyIn("copy counts_upload (row_number, key, counts) from stdin"), 0);
    }

    /**
     * A COPY lasts as long as its body takes to arrive, so it gets the upload timeout instead of the
     * service's statement timeout, for the rest of this transaction.
     */
    private CopyIn copyIn(String sql) {
        getEntityManager().createNativeQuery("select set_config('statement_timeout', ?1, true)")
                .setParameter(1, uploadTimeout.toMillis() + "ms").getSingleResult();
        return getEntityManager().unwrap(Session.class).doReturningWork(connection ->
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    }

    /** The column a score set's variants are named by: {@code hgvs_nt} when its scores have it, else {@code hgvs_pro}. */
    VariantColumn primaryColumn(long scoreSetId) {
        return getEntityManager().createNativeQuery("select 1 from variants where score_set_id = ?1 and hgvs_nt is not null"
                + " limit 1").setParameter(1, scoreSetId).getResultList().isEmpty()
                ? VariantColumn.HGVS_PRO : VariantColumn.HGVS_NT;
    }

    /** A value of the primary column of the score set's variants that repeats an earlier one; the first few and the total. */
    Repeats repeatedVariants(long scoreSetId, VariantColumn primary) {
        String column = columnName(primary);
        boolean any = !getEntityManager().createNativeQuery("select 1 from variants where score_set_id = ?1 and "
                + column + " is not null group by " + column + " having count(*) > 1 limit 1")
                .setParameter(1, scoreSetId).getResultList().isEmpty();
        if (!any) {
            return Repeats.NONE;
        }
        return repeats("select position, first, key, count(*) over () from (select position, " + column + " as key,"
                + " min(position) over (partition by " + column + ") as first from variants where score_set_id = ?1"
                + " and " + column + " is not null) d where position <> first order by position limit "
                + UploadProblems.LISTED, scoreSetId);
    }

    /**
     * The rows of the staged counts that break the rule "the same variants as the scores, once each":
     * rows naming no variant of the scores, then rows repeating an earlier one.
     */
    CountsProblems countsProblems(long scoreSetId, VariantColumn primary) {
        String column = columnName(primary);
        List<Object[]> unknown = getEntityManager().createNativeQuery("select c.row_number, c.key, count(*) over ()"
                        + " from counts_upload c where not exists (select 1 from variants v where v.score_set_id = ?1"
                        + " and v." + column + " = c.key) order by c.row_number limit " + UploadProblems.LISTED, Object[].class)
                .setParameter(1, scoreSetId).getResultList();
        Repeats repeats = repeats("select row_number, first, key, count(*) over () from (select row_number, key,"
                + " min(row_number) over (partition by key) as first from counts_upload) d where row_number <> first"
                + " order by row_number limit " + UploadProblems.LISTED, null);
        long rows = ((Number) getEntityManager().createNativeQuery("select count(*) from counts_upload").getSingleResult())
                .longValue();
        return new CountsProblems(unknown.stream().map(r -> new Unknown(((Number) r[0]).intValue(), (String) r[1])).toList(),
                unknown.isEmpty() ? 0 : ((Number) unknown.get(0)[2]).intValue(), repeats, rows);
    }

    /** Sets each variant's counts from the staged counts file. */
    void storeCounts(long scoreSetId, VariantColumn primary) {
        getEntityManager().createNativeQuery("update variants v set counts = c.counts from counts_upload c"
                + " where v.score_set_id = ?1 and v." + columnName(primary) + " = c.key")
                .setParameter(1, scoreSetId).executeUpdate();
    }

    /**
     * Turns the numbers of these columns into text: the columns showed text after some values
     * looking like numbers had been stored as numbers. Each value keeps its written form and place.
     */
    void storeAsText(long scoreSetId, Set<String> columns) {
        if (columns.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                        update variants set data = (
                            select json_object_agg(e.key, case when e.key = any(?2) and json_typeof(e.value) = 'number'
                                                              then to_json(e.value::text) else e.value end order by e.ord)
                            from json_each(data) with ordinality as e(key, value, ord))
                        where score_set_id = ?1
                          and exists (select 1 from json_each(data) e
                                      where e.key = any(?2) and json_typeof(e.value) = 'number')""")
                .setParameter(1, scoreSetId).setParameter(2, columns.toArray(String[]::new)).executeUpdate();
    }

    private Repeats repeats(String sql, Long scoreSetId) {
        var query = getEntityManager().createNativeQuery(sql, Object[].class);
        if (scoreSetId != null) {
            query.setParameter(1, scoreSetId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return new Repeats(rows.stream().map(r -> new Repeat(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                (String) r[2])).toList(), rows.isEmpty() ? 0 : ((Number) rows.get(0)[3]).intValue());
    }

    private static String columnName(VariantColumn column) {
        return switch (column) {
            case HGVS_NT -> "hgvs_nt";
            case HGVS_SPLICE -> "hgvs_splice";
            case HGVS_PRO -> "hgvs_pro";
        };
    }

    /** A value that repeats: where (position or row number), where it was first, the value. */
    record Repeat(int at, int first, String key) {}

    record Repeats(List<Repeat> listed, int total) {
        static final Repeats NONE = new Repeats(List.of(), 0);
    }

    /** A counts row naming no variant of the scores. */
    record Unknown(int rowNumber, String key) {}

    record CountsProblems(List<Unknown> unknown, int unknownTotal, Repeats repeats, long rows) {}

    /**
     * Reads a table's rows in variant order and hands each to the consumer, a batch of rows in memory
     * at a time. PostgreSQL picks the further columns out of the stored json ({@code ->>}): a number
     * comes back as the text it was stored as, a string unquoted, a missing value as null.
     */
    void forEachRow(VariantTable.Layout layout, Consumer<VariantTable.Row> consumer) {
        String object = layout.kind() == VariantTable.Kind.SCORES ? "data" : "counts";
        StringBuilder select = new StringBuilder("select position, hgvs_nt, hgvs_splice, hgvs_pro, score");
        layout.columns().forEach(column -> select.append(", ").append(object).append(" ->> ?"));
        select.append(" from variants where score_set_id = ? order by position");
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(select.toString())) {
                int parameter = 1;
                for (String column : layout.columns()) {
                    statement.setString(parameter++, column);
                }
                statement.setLong(parameter, layout.scoreSetId());
                statement.setFetchSize(BATCH_SIZE);
                try (ResultSet rows = statement.executeQuery()) {
                    int columns = layout.columns().size();
                    while (rows.next()) {
                        double value = rows.getDouble(5);
                        Double score = rows.wasNull() ? null : value;
                        String[] cells = new String[columns];
                        for (int c = 0; c < columns; c++) {
                            cells[c] = rows.getString(6 + c);
                        }
                        consumer.accept(new VariantTable.Row(rows.getInt(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), score, cells));
                    }
                }
            }
        });
    }

    /** Variants in number order: those numbered above {@code after}, then past {@code offset} of them. */
    public List<Variant> page(long scoreSetId, int limit, int offset, long after) {
        return find("scoreSetId = ?1 and position > ?2", Sort.by("position"), scoreSetId,
                (int) Math.min(after, Integer.MAX_VALUE)).range(offset, offset + limit - 1).list();
    }

    public Optional<Variant> findByPosition(long scoreSetId, int position) {
        return find("scoreSetId = ?1 and position = ?2", scoreSetId, position).firstResultOptional();
    }

    /**
     * How many variants of lineage-resolved score sets match, and one page of them: newest score
     * set first, then by number. Each variant comes with its score set's urn.
     */
    Page<VariantView> search(String hgvs, List<String> scoreSetUrns, LineageFilter lineage, int limit, int offset) {
        SqlWhere where = lineage.where();
        if (hgvs != null) {
            where.and("v.hgvs_nt = :hgvs or v.hgvs_pro = :hgvs", "hgvs", hgvs);
        }
        if (scoreSetUrns != null && !scoreSetUrns.isEmpty()) {
            where.and("s.urn in (:urns) or s.draft_urn in (:urns)", "urns", scoreSetUrns);
        }
        ListQuery<Object[]> query = new ListQuery<>("v.id, s.urn", Object[].class,
                "variants v join " + lineage.scoreSets() + " s on s.id = v.score_set_id", where,
                lineage.view().recency("s") + " desc, s.urn, v.position");
        return pager.page(getSession(), query, limit, offset, this::loadInOrder);
    }

    /** The variants of these (id, score set urn) rows, in the rows' order; read only (representations only). */
    private List<VariantView> loadInOrder(List<Object[]> rows) {
        Map<Long, Variant> byId = find("id in ?1", rows.stream().map(row -> ((Number) row[0]).longValue()).toList())
                .withHint(HibernateHints.HINT_READ_ONLY, true).stream().collect(Collectors.toMap(v -> v.id, v -> v));
        return rows.stream().map(row -> VariantView.of(byId.get(((Number) row[0]).longValue()), (String) row[1])).toList();
    }
}
