package la.gov.gweb.indexing;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import la.gov.gweb.persistence.InstantConverter;
import la.gov.gweb.search.extract.Extraction;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The searchable text of one attached file, extracted once and kept so that rebuilding an index
 * never parses the same file again. Its checksum tells whether the file changed since.
 */
@Entity
@Table(name = "attachment_text")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA,
        contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AttachmentText {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Extraction.Status status;

    @Column(length = 500)
    private String detail;

    @Lob
    @Column(name = "content")
    private String text;

    @Convert(converter = InstantConverter.class)
    @Column(name = "extracted_at", nullable = false)
    private Instant extractedAt;

    protected AttachmentText() {
    }

    AttachmentText(long attachmentId, String sha256, Extraction extraction, Instant extractedAt) {
        this.attachmentId = attachmentId;
        this.sha256 = sha256;
        this.status = extraction.status();
        this.detail = extraction.detail().isBlank() ? null : abbreviate(extraction.detail());
        this.text = extraction.text();
        this.extractedAt = extractedAt;
    }

    public Long attachmentId() {
        return attachmentId;
    }

    public String sha256() {
        return sha256;
    }

    public Extraction.Status status() {
        return status;
    }

    /** A technical note on why there is no text, for the central team; null when all went well. */
    public String detail() {
        return detail;
    }

    public String text() {
        return text == null ? "" : text;
    }

    public Instant extractedAt() {
        return extractedAt;
    }

    private static String abbreviate(String detail) {
        return detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
    }
}
