package la.gov.gweb.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import la.gov.gweb.persistence.InstantConverter;

/** A change to one item of one site that falls due at a given time; kept in the platform schema. */
@Entity
@Table(name = "scheduled_change")
public class ScheduledChange {

    /** What happens when the change falls due. */
    public enum Kind {
        /** A published item takes the fields of a saved revision: a new version goes live. */
        REPLACE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_slug", nullable = false, length = 30)
    private String tenantSlug;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "revision_no")
    private Integer revisionNumber;

    @Convert(converter = InstantConverter.class)
    @Column(name = "apply_at", nullable = false)
    private Instant applyAt;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    protected ScheduledChange() {
    }

    ScheduledChange(String tenantSlug, long itemId, Kind kind, Integer revisionNumber, Instant applyAt,
                    String createdBy) {
        this.tenantSlug = tenantSlug;
        this.itemId = itemId;
        this.kind = kind;
        this.revisionNumber = revisionNumber;
        this.applyAt = applyAt;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public String tenantSlug() {
        return tenantSlug;
    }

    public long itemId() {
        return itemId;
    }

    public Integer revisionNumber() {
        return revisionNumber;
    }

    public Instant applyAt() {
        return applyAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
