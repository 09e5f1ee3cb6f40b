package org.mavedb.registry.variant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A variant score. Read through Hibernate; written in JDBC batches by {@link VariantRepository}. */
@Entity
@Table(name = "variants")
public class Variant extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "score_set_id")
    public Long scoreSetId;

    /** 1-based row number in the upload; the urn is {@code <score set urn>#<position>}. */
    public int position;

    @Column(name = "hgvs_nt")
    public String hgvsNt;

    @Column(name = "hgvs_splice")
    public String hgvsSplice;

    @Column(name = "hgvs_pro")
    public String hgvsPro;

    public Double score;

    /** Further score columns in upload order: json, not jsonb, keeps that order (V6). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "json")
    public Map<String, Object> data;

    /** Count columns in upload order; null until counts are uploaded. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "json")
    public Map<String, Object> counts;
}
