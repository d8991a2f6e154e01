package la.gov.gweb.platform;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.persistence.InstantConverter;

/**
 * A standard page of a site template at its current revision, in the platform schema. Its texts
 * keep the {@code {site}} placeholder; each site gets them with its own name.
 */
@Entity
@Table(name = "site_template_page")
@IdClass(TemplatePage.Key.class)
public class TemplatePage {

    /** The composite key: one page per template and path. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String template;
        private String path;

        public Key() {
        }

        Key(String template, String path) {
            this.template = template;
            this.path = path;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(template, key.template) && Objects.equals(path, key.path);
        }

        @Override
        public int hashCode() {
            return Objects.hash(template, path);
        }
    }

    @Id
    @Column(name = "template_name", length = 30)
    private String template;

    @Id
    @Column(length = 200)
    private String path;

    @Column(nullable = false)
    private int revision;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

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

    /** The fingerprint of the shipped text this row last took, so a newer shipped text is noticed once. */
    @Column(name = "shipped_hash", nullable = false, length = 64)
    private String shippedHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected TemplatePage() {
    }

    TemplatePage(String template, String path, int sortOrder, PageText text, String shippedHash, Instant now) {
        this.template = template;
        this.path = path;
        this.revision = 1;
        this.sortOrder = sortOrder;
        this.shippedHash = shippedHash;
        write(text, now, null);
    }

    /** Takes a new text as the next revision. */
    void revise(PageText text, Instant now, String by) {
        revision++;
        write(text, now, by);
    }

    void shipped(String hash) {
        this.shippedHash = hash;
    }

    private void write(PageText text, Instant now, String by) {
        this.title = text.title();
        this.summary = text.summary();
        this.body = text.body();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String template() {
        return template;
    }

    public String path() {
        return path;
    }

    public int revision() {
        return revision;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public PageText text() {
        return new PageText(orEmpty(title), orEmpty(summary), orEmpty(body));
    }

    String shippedHash() {
        return shippedHash;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? LocalizedText.of(null, null) : text;
    }
}
