package org.mavedb.registry.dataset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mavedb.registry.user.User;

/**
 * What experiments and score sets have in common: a urn that is temporary until publication,
 * the editable metadata, the creator, the dates, and the version behind ETag / If-Match.
 * Updates write only the columns that changed ({@link DynamicUpdate}).
 */
@MappedSuperclass
@DynamicUpdate
public abstract class Dataset extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String urn;

    /**
     * The {@code tmp:} urn the record was created with. It keeps resolving after publication, so a
     * request that raced a publish (or a client holding the old urn) finds the record, not a 404.
     */
    @Column(name = "draft_urn", updatable = false)
    public String draftUrn;

    public String title;

    @Column(name = "short_description")
    public String shortDescription;

    @Column(name = "abstract_text")
    public String abstractText;

    @Column(name = "method_text")
    public String methodText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> keywords = new ArrayList<>();

    @Convert(converter = License.Column.class)
    public License license;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "publication_identifiers", columnDefinition = "json")
    public List<PublicationIdentifier> publicationIdentifiers = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public User createdBy;

    @Column(name = "creation_date")
    public Instant creationDate;

    @Column(name = "modification_date")
    public Instant modificationDate;

    @Column(name = "published_date")
    public Instant publishedDate;

    /** Bumped by every committed change; the ETag is {@code "<version>"}. */
    public int version;

    public boolean isPublished() {
        return publishedDate != null;
    }

    protected void initialise(Metadata metadata, User creator) {
        urn = Urns.newTemporary();
        draftUrn = urn;
        createdBy = creator;
        creationDate = Timestamps.now();
        modificationDate = creationDate;
        version = 1;
        metadata.applyTo(this);
    }

    /** Records that a change is being committed: a new version and modification date. */
    public void markChanged() {
        version++;
        modificationDate = Timestamps.now();
    }
}
