package la.gov.gweb.content;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import la.gov.gweb.i18n.LocalizedText;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** A file attached to a content item, such as the signed PDF of a decree. */
@Entity
@Table(name = "attachment")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA,
        contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private ContentItem item;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lo", column = @Column(name = "title_lo")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "storage_key", nullable = false, length = 300)
    private String storageKey;

    @Column(name = "sha256", length = 64)
    private String sha256;

    protected Attachment() {
    }

    Attachment(ContentItem item, int sortOrder, LocalizedText title, StoredFileRef file) {
        this.item = item;
        this.sortOrder = sortOrder;
        this.title = title;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.byteSize = file.byteSize();
        this.storageKey = file.storageKey();
        this.sha256 = file.sha256();
    }

    public Long id() {
        return id;
    }

    public ContentItem item() {
        return item;
    }

    public LocalizedText title() {
        return title;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long byteSize() {
        return byteSize;
    }

    public String storageKey() {
        return storageKey;
    }

    public String sha256() {
        return sha256;
    }
}
