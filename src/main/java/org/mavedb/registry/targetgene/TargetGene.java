package org.mavedb.registry.targetgene;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mavedb.registry.scoreset.ScoreSet;

@Entity
@Table(name = "target_genes")
public class TargetGene extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "score_set_id")
    public ScoreSet scoreSet;

    public String name;

    @Convert(converter = CategoryColumn.class)
    public TargetCategory category;

    public String organism;

    public String sequence;

    @Column(name = "sequence_type")
    @Convert(converter = SequenceTypeColumn.class)
    public SequenceType sequenceType;

    public String accession;

    /** Names the target in its score set's variants ({@code label:c.1A>G}); required when there are several. */
    public String label;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "external_identifiers", columnDefinition = "json")
    public List<ExternalIdentifier> externalIdentifiers = new ArrayList<>();

    @Converter
    public static class CategoryColumn implements AttributeConverter<TargetCategory, String> {
        @Override
        public String convertToDatabaseColumn(TargetCategory category) {
            return category == null ? null : category.toString();
        }

        @Override
        public TargetCategory convertToEntityAttribute(String value) {
            return value == null ? null : TargetCategory.fromWireName(value);
        }
    }

    @Converter
    public static class SequenceTypeColumn implements AttributeConverter<SequenceType, String> {
        @Override
        public String convertToDatabaseColumn(SequenceType type) {
            return type == null ? null : type.toString();
        }

        @Override
        public SequenceType convertToEntityAttribute(String value) {
            return value == null ? null : SequenceType.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
