package la.gov.gweb.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import la.gov.gweb.persistence.InstantConverter;

/** One completed export of a site, with the newest audit entry of the site that it covers. */
@Entity
@Table(name = "site_export")
public class SiteExport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_slug", nullable = false, length = 30)
    private String tenantSlug;

    @Convert(converter = InstantConverter.class)
    @Column(name = "exported_at", nullable = false)
    private Instant exportedAt;

    @Column(name = "exported_by", length = 100)
    private String exportedBy;

    @Column(name = "covers_audit", nullable = false)
    private long coversAudit;

    @Column(name = "archive_sha256", nullable = false, length = 64)
    private String archiveSha256;

    @Column(name = "archive_bytes", nullable = false)
    private long archiveBytes;

    protected SiteExport() {
    }

    SiteExport(String tenantSlug, Instant exportedAt, String exportedBy, long coversAudit, String archiveSha256,
               long archiveBytes) {
        this.tenantSlug = tenantSlug;
        this.exportedAt = exportedAt;
        this.exportedBy = exportedBy;
        this.coversAudit = coversAudit;
        this.archiveSha256 = archiveSha256;
        this.archiveBytes = archiveBytes;
    }
}
