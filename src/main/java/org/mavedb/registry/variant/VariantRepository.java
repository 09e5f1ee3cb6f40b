package org.mavedb.registry.variant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.query.SqlWhere;

@ApplicationScoped
public class VariantRepository implements PanacheRepository<Variant> {

    private static final int BATCH_SIZE = 1000;
    private static final TypeReference<LinkedHashMap<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final ObjectMapper json;

    public VariantRepository(ObjectMapper json) {
        this.json = json;
    }

    /** Replaces all variants of a score set with these, numbered 1..n in order, in JDBC batches. */
    public void replaceAll(long scoreSetId, List<VariantInput> variants) {
        delete("scoreSetId", scoreSetId);
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into variants"
                    + " (score_set_id, position, hgvs_nt, hgvs_splice, hgvs_pro, score, data) values (?, ?, ?, ?, ?, ?, ?::json)")) {
                int position = 0;
                for (VariantInput variant : variants) {
                    insert.setLong(1, scoreSetId);
                    insert.setInt(2, ++position);
                    insert.setString(3, variant.hgvsNt());
                    insert.setString(4, variant.hgvsSplice());
                    insert.setString(5, variant.hgvsPro());
                    if (variant.score() == null) {
                        insert.setNull(6, Types.DOUBLE);
                    } else {
                        insert.setDouble(6, variant.score());
                    }
                    insert.setString(7, toJson(variant.data()));
                    insert.addBatch();
                    if (position % BATCH_SIZE == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /** Sets each variant's counts (ids and rows in the same order), in JDBC batches. */
    void storeCounts(List<Long> ids, List<VariantInput> rows) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update variants set counts = ?::json where id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    update.setString(1, toJson(rows.get(i).data()));
                    update.setLong(2, ids.get(i));
                    update.addBatch();
                    if ((i + 1) % BATCH_SIZE == 0) {
                        update.executeBatch();
                    }
                }
                update.executeBatch();
            }
        });
    }

    /** The ids of a score set's variants by their primary variant string, for matching counts to them. */
    Keys keys(long scoreSetId) {
        Keys keys = new Keys(new HashMap<>(), new HashMap<>());
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, hgvs_nt, hgvs_pro from variants where score_set_id = ?")) {
                select.setLong(1, scoreSetId);
                select.setFetchSize(BATCH_SIZE);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getString(2) != null) {
                            keys.byHgvsNt().put(rows.getString(2), rows.getLong(1));
                        }
                        if (rows.getString(3) != null) {
                            keys.byHgvsPro().put(rows.getString(3), rows.getLong(1));
                        }
                    }
                }
            }
        });
        return keys;
    }

    /** A score set's variants by primary variant string: hgvs_nt when the scores have it, else hgvs_pro. */
    record Keys(Map<String, Long> byHgvsNt, Map<String, Long> byHgvsPro) {

        /** The variant id of each counts row, in order; 400 unless counts and scores list the same variants. */
        List<Long> match(UploadedVariants counts) {
            VariantColumn primary = byHgvsNt.isEmpty() ? VariantColumn.HGVS_PRO : VariantColumn.HGVS_NT;
            Map<String, Long> byKey = primary == VariantColumn.HGVS_NT ? byHgvsNt : byHgvsPro;
            UploadProblems problems = new UploadProblems();
            List<Long> ids = new ArrayList<>(counts.variants().size());
            for (int i = 0; i < counts.variants().size(); i++) {
                String key = primary.of(counts.variants().get(i));
                Long id = key == null ? null : byKey.get(key);
                if (id == null) {
                    problems.add(counts.where(i, primary), key == null
                            ? "is required: the scores name their variants by " + primary.csvName
                            : "'" + key + "' is not a variant of this score set's scores");
                }
                ids.add(id);
            }
            if (problems.isEmpty() && ids.size() != byKey.size()) {
                problems.add(counts.column(primary.csvName, primary.jsonName), "lists " + ids.size()
                        + " variants but the scores list " + byKey.size() + "; counts cover the same variants as the scores");
            }
            problems.throwIfAny();
            return ids;
        }
    }

    /** Reads a score set's variants in order and hands each to the consumer, a batch of rows in memory at a time. */
    void forEachRow(long scoreSetId, Consumer<VariantTable.Row> consumer) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select position, hgvs_nt, hgvs_splice, hgvs_pro,"
                    + " score, data, counts from variants where score_set_id = ? order by position")) {
                select.setLong(1, scoreSetId);
                select.setFetchSize(BATCH_SIZE);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        double value = rows.getDouble(5);
                        Double score = rows.wasNull() ? null : value;
                        consumer.accept(new VariantTable.Row(rows.getInt(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), score, fromJson(rows.getString(6)), fromJson(rows.getString(7))));
                    }
                }
            }
        });
    }

    public List<Variant> page(long scoreSetId, int limit, int offset) {
        return find("scoreSetId", Sort.by("position"), scoreSetId)
                .range(offset, offset + limit - 1).list();
    }

    public Optional<Variant> findByPosition(long scoreSetId, int position) {
        return find("scoreSetId = ?1 and position = ?2", scoreSetId, position).firstResultOptional();
    }

    /**
     * How many variants of lineage-resolved score sets match, and one page of them: newest score
     * set first, then by number. Each variant comes with its score set's urn.
     */
    SearchHits search(String hgvs, List<String> scoreSetUrns, LineageFilter lineage, int limit, int offset) {
        SqlWhere where = lineage.where("s");
        if (hgvs != null) {
            where.and("v.hgvs_nt = :hgvs or v.hgvs_pro = :hgvs", "hgvs", hgvs);
        }
        if (scoreSetUrns != null && !scoreSetUrns.isEmpty()) {
            where.and("s.urn in (:urns) or s.draft_urn in (:urns)", "urns", scoreSetUrns);
        }
        String from = " from variants v join score_sets s on s.id = v.score_set_id" + where;
        long total = where.bindTo(getSession().createNativeQuery("select count(*)" + from, Long.class))
                .getSingleResult();
        if (total == 0) {
            return new SearchHits(0, List.of());
        }
        List<Object[]> page = where.bindTo(getSession().createNativeQuery("select v.id, s.urn" + from
                        + " order by " + lineage.view().recency("s") + " desc, s.urn, v.position", Object[].class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, Variant> byId = list("id in ?1", page.stream().map(row -> ((Number) row[0]).longValue()).toList())
                .stream().collect(Collectors.toMap(v -> v.id, v -> v));
        return new SearchHits(total, page.stream()
                .map(row -> VariantView.of(byId.get(((Number) row[0]).longValue()), (String) row[1])).toList());
    }

    record SearchHits(long total, List<VariantView> variants) {}

    private String toJson(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> fromJson(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, JSON_OBJECT);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
