package la.gov.gweb.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.persistence.InstantConverter;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** The state of an item as one save left it, numbered from 1, kept for diffs and restores. */
@Entity
@Table(name = "content_revision")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA,
        contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class ContentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int number;

    @Convert(converter = InstantConverter.class)
    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "saved_by", length = 100, updatable = false)
    private String savedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ContentStatus status;

    @Lob
    @Column(nullable = false, updatable = false)
    private String snapshot;

    protected ContentRevision() {
    }

    ContentRevision(Long itemId, int number, Instant savedAt, String savedBy, ContentStatus status, String snapshot) {
        this.itemId = itemId;
        this.number = number;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.status = status;
        this.snapshot = snapshot;
    }

    public int number() {
        return number;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public ContentStatus status() {
        return status;
    }

    public RevisionSnapshot snapshot() {
        return RevisionSnapshot.fromJson(snapshot);
    }
}
