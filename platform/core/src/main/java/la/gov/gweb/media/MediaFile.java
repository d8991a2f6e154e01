package la.gov.gweb.media;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.persistence.InstantConverter;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One file of a site's media library. Its storage key, and so its public URL, is fixed at upload:
 * a replacement changes the content, type and size behind the same URL.
 */
@Entity
@Table(name = "media_file")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA,
        contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class MediaFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "storage_key", nullable = false, length = 300, updatable = false)
    private String storageKey;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(nullable = false, length = 64)
    private String sha256;

    private Integer width;

    private Integer height;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lo", column = @Column(name = "title_lo")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lo", column = @Column(name = "alt_lo")),
            @AttributeOverride(name = "en", column = @Column(name = "alt_en"))})
    private LocalizedText alt;

    @Column(name = "uploaded_by", length = 100, updatable = false)
    private String uploadedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "replaced_by", length = 100)
    private String replacedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Version
    private long version;

    protected MediaFile() {
    }

    MediaFile(StorageKey key, StoredContent content, String uploadedBy, Instant uploadedAt) {
        this.storageKey = key.value();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.title = LocalizedText.of(null, null);
        this.alt = LocalizedText.of(null, null);
        take(content);
    }

    void replaceWith(StoredContent content, String by, Instant at) {
        take(content);
        this.replacedBy = by;
        this.replacedAt = at;
    }

    void describe(LocalizedText newTitle, LocalizedText newAlt) {
        this.title = newTitle;
        this.alt = newAlt;
    }

    private void take(StoredContent content) {
        this.fileName = content.fileName();
        this.mediaType = content.inspection().mediaType();
        this.byteSize = content.received().size();
        this.sha256 = content.received().sha256();
        this.width = content.inspection().width();
        this.height = content.inspection().height();
    }

    public Long id() {
        return id;
    }

    public StorageKey storageKey() {
        return new StorageKey(storageKey);
    }

    /** The path of its public URL, relative to the site's root: {@code media/2026/11/ab12cd34-photo.jpg}. */
    public String path() {
        return storageKey;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public MediaKind kind() {
        return MediaKind.of(mediaType);
    }

    public long byteSize() {
        return byteSize;
    }

    public String sha256() {
        return sha256;
    }

    public Integer width() {
        return width;
    }

    public Integer height() {
        return height;
    }

    public LocalizedText title() {
        return title == null ? LocalizedText.of(null, null) : title;
    }

    public LocalizedText alt() {
        return alt == null ? LocalizedText.of(null, null) : alt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String replacedBy() {
        return replacedBy;
    }

    public Instant replacedAt() {
        return replacedAt;
    }

    public long version() {
        return version;
    }
}
