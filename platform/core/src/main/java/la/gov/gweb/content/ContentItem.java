package la.gov.gweb.content;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.persistence.InstantConverter;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One item of a site's content: a page, news article, announcement or legal document, with its
 * title, summary and body in Lao and English. Pages are identified by their path in the page
 * tree ({@code about/structure}), the others by a slug unique within their type.
 */
@Entity
@Table(name = "content_item")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA,
        contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 20, updatable = false)
    private ContentType type;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(name = "parent_path", length = 200)
    private String parentPath;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContentStatus status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "published_at")
    private Instant publishedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    @Column(name = "created_by", length = 100, updatable = false)
    private String createdBy;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lo", column = @Column(name = "title_lo")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lo", column = @Column(name = "summary_lo")),
            @AttributeOverride(name = "en", column = @Column(name = "summary_en"))})
    private LocalizedText summary;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lo", column = @Column(name = "body_lo")),
            @AttributeOverride(name = "en", column = @Column(name = "body_en"))})
    private LocalizedText body;

    @Column(name = "lead_image", length = 300)
    private String leadImage;

    @Embedded
    private LegalDetails legal;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<Attachment> attachments = new ArrayList<>();

    @Embedded
    private TemplateOrigin templateOrigin;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ContentItem() {
    }

    public ContentItem(ContentType type, String slug, LocalizedText title, Instant now) {
        this.type = type;
        this.slug = slug;
        this.parentPath = type == ContentType.PAGE ? PagePath.parentOf(slug) : null;
        this.title = title;
        this.summary = LocalizedText.of(null, null);
        this.body = LocalizedText.of(null, null);
        this.status = ContentStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void writeText(LocalizedText title, LocalizedText summary, LocalizedText body, Instant now) {
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.updatedAt = now;
    }

    /** Moves a page in the tree or renames the slug of another item. */
    public void moveTo(String newSlug) {
        this.slug = newSlug;
        this.parentPath = type == ContentType.PAGE ? PagePath.parentOf(newSlug) : null;
    }

    public void publish(Instant at) {
        this.status = ContentStatus.PUBLISHED;
        this.publishedAt = at;
    }

    /** Schedules the item to leave the public site at the given time, or never when null. */
    public void unpublishAt(Instant at) {
        this.unpublishAt = at;
    }

    public void changeStatus(ContentStatus newStatus) {
        this.status = newStatus;
    }

    /** Records who changed the item; the first one to do so is its creator. */
    public void changedBy(String username, Instant now) {
        if (createdBy == null) {
            createdBy = username;
        }
        this.updatedBy = username;
        this.updatedAt = now;
    }

    public void placeAmongSiblings(int order) {
        this.sortOrder = order;
    }

    public void showLeadImage(String storageKey) {
        this.leadImage = storageKey;
    }

    public void describeLegalDocument(LegalDetails details) {
        this.legal = details;
    }

    public Attachment attach(StoredFileRef file, LocalizedText title) {
        Attachment attachment = new Attachment(this, attachments.size(), title, file);
        attachments.add(attachment);
        return attachment;
    }

    /** Records that the item's current text is what a site template's page gave at a revision. */
    public void followTemplate(String template, String path, int revision) {
        this.templateOrigin = new TemplateOrigin(template, path, revision, TemplateOrigin.fingerprint(this));
    }

    /** Records that the site keeps its own text instead of a template page's later revision. */
    public void declineTemplateRevision(int revision) {
        templateOrigin = templateOrigin.declined(revision);
    }

    /** The site template page this item was made from, if any. */
    public Optional<TemplateOrigin> templateOrigin() {
        return templateOrigin == null || templateOrigin.template() == null ? Optional.empty()
                : Optional.of(templateOrigin);
    }

    public Long id() {
        return id;
    }

    /**
     * Whether the public sees this item at {@code now}: published, its publish time come and its
     * unpublish time not yet; the same rule as {@link PublishedContent}'s queries.
     */
    public boolean isVisibleAt(Instant now) {
        return status == ContentStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now)
                && (unpublishAt == null || unpublishAt.isAfter(now));
    }

    /** Where the item is read on its site, before any language prefix: {@code /news/slug}, {@code /about}. */
    public String sitePath() {
        return type.sitePath(slug);
    }

    public ContentType type() {
        return type;
    }

    public String slug() {
        return slug;
    }

    public ContentStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary == null ? LocalizedText.of(null, null) : summary;
    }

    public LocalizedText body() {
        return body == null ? LocalizedText.of(null, null) : body;
    }

    public String leadImage() {
        return leadImage;
    }

    public LegalDetails legal() {
        return legal;
    }

    public List<Attachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    public Instant unpublishAt() {
        return unpublishAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
