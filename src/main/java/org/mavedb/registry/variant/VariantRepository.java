package org.mavedb.registry.variant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.query.SqlWhere;

@ApplicationScoped
public class VariantRepository implements PanacheRepository<Variant> {

    private static final int BATCH_SIZE = 1000;

    private final ObjectMapper json;

    public VariantRepository(ObjectMapper json) {
        this.json = json;
    }

    /** Replaces all variants of a score set with these, numbered 1..n in order, in JDBC batches. */
    public void replaceAll(long scoreSetId, List<VariantInput> variants) {
        delete("scoreSetId", scoreSetId);
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into variants (score_set_id, position, hgvs_nt, hgvs_pro, score, data) values (?, ?, ?, ?, ?, ?::jsonb)")) {
                int position = 0;
                for (VariantInput variant : variants) {
                    insert.setLong(1, scoreSetId);
                    insert.setInt(2, ++position);
                    insert.setString(3, blankToNull(variant.hgvsNt()));
                    insert.setString(4, blankToNull(variant.hgvsPro()));
                    if (variant.score() == null) {
                        insert.setNull(5, Types.DOUBLE);
                    } else {
                        insert.setDouble(5, variant.score());
                    }
                    insert.setString(6, toJson(variant));
                    insert.addBatch();
                    if (position % BATCH_SIZE == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
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

    private String toJson(VariantInput variant) {
        try {
            return json.writeValueAsString(variant.data());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
