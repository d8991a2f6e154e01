package la.gov.gweb.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import la.gov.gweb.persistence.InstantConverter;

/** One recorded action; kept in the platform schema so that it outlives a deleted site. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = InstantConverter.class)
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "tenant_slug", length = 30)
    private String tenantSlug;

    @Column(length = 100)
    private String username;

    @Column(nullable = false, length = 50)
    private String action;

    @Column(name = "target_type", length = 30)
    private String targetType;

    @Column(name = "target_id", length = 100)
    private String targetId;

    @Column(length = 1000)
    private String detail;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String tenantSlug, String username, String action, String targetType,
               String targetId, String detail, String clientAddress) {
        this.occurredAt = occurredAt;
        this.tenantSlug = tenantSlug;
        this.username = username;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.clientAddress = clientAddress;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String tenantSlug() {
        return tenantSlug;
    }

    public String username() {
        return username;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String detail() {
        return detail;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
