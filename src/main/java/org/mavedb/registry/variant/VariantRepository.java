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
import java.util.Optional;
import org.hibernate.Session;

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
