package la.gov.gweb.web.console;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.i18n.LocalizedDates;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.publishing.ContentDraft;
import la.gov.gweb.web.site.Links;

/**
 * The fields of the editor form, kept apart from the workflow of {@link ContentEditBacking}.
 * Date-times are entered in Vientiane time.
 */
public final class ContentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ContentType type;
    private String slug;
    private int order;
    private String titleLo;
    private String titleEn;
    private String summaryLo;
    private String summaryEn;
    private String bodyLo;
    private String bodyEn;
    private String leadImage;
    private String legalNumber;
    private LegalDocumentKind legalKind;
    private LocalDate legalIssued;
    private String issuerLo;
    private String issuerEn;
    private LocalDateTime unpublishAt;
    private LocalDateTime publishAt;

    void fill(ContentItem item) {
        type = item.type();
        slug = item.slug();
        order = item.sortOrder();
        titleLo = item.title().lo();
        titleEn = item.title().en();
        summaryLo = item.summary().lo();
        summaryEn = item.summary().en();
        bodyLo = item.body().lo();
        bodyEn = item.body().en();
        leadImage = item.leadImage();
        if (item.legal() != null) {
            legalNumber = item.legal().number();
            legalKind = item.legal().kind();
            legalIssued = item.legal().issuedOn();
            issuerLo = item.legal().issuer().lo();
            issuerEn = item.legal().issuer().en();
        }
        unpublishAt = item.unpublishAt() == null ? null : LocalDateTime.ofInstant(item.unpublishAt(), LocalizedDates.VIENTIANE);
    }

    ContentDraft draft() {
        return new ContentDraft(type, slug == null ? null : slug.strip(), order, LocalizedText.of(titleLo, titleEn),
                LocalizedText.of(summaryLo, summaryEn), LocalizedText.of(bodyLo, bodyEn), leadImage, legalNumber,
                legalKind, legalIssued, LocalizedText.of(issuerLo, issuerEn), instant(unpublishAt));
    }

    Instant publishAt() {
        return instant(publishAt);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(LocalizedDates.VIENTIANE).toInstant();
    }

    public boolean isLegal() {
        return type == ContentType.LEGAL_DOCUMENT;
    }

    public boolean isPage() {
        return type == ContentType.PAGE;
    }

    public ContentType getType() { return type; }
    public void setType(ContentType type) { this.type = type; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public int getOrder() { return order; }
    public void setOrder(int order) { this.order = order; }
    public String getTitleLo() { return titleLo; }
    public void setTitleLo(String titleLo) { this.titleLo = titleLo; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getSummaryLo() { return summaryLo; }
    public void setSummaryLo(String summaryLo) { this.summaryLo = summaryLo; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String summaryEn) { this.summaryEn = summaryEn; }
    public String getBodyLo() { return bodyLo; }
    public void setBodyLo(String bodyLo) { this.bodyLo = bodyLo; }
    public String getBodyEn() { return bodyEn; }
    public void setBodyEn(String bodyEn) { this.bodyEn = bodyEn; }
    public String getLeadImage() { return leadImage; }
    public void setLeadImage(String leadImage) { this.leadImage = leadImage; }
    public String getLegalNumber() { return legalNumber; }
    public void setLegalNumber(String legalNumber) { this.legalNumber = legalNumber; }
    public LegalDocumentKind getLegalKind() { return legalKind; }
    public void setLegalKind(LegalDocumentKind legalKind) { this.legalKind = legalKind; }
    public LocalDate getLegalIssued() { return legalIssued; }
    public void setLegalIssued(LocalDate legalIssued) { this.legalIssued = legalIssued; }
    public String getIssuerLo() { return issuerLo; }
    public void setIssuerLo(String issuerLo) { this.issuerLo = issuerLo; }
    public String getIssuerEn() { return issuerEn; }
    public void setIssuerEn(String issuerEn) { this.issuerEn = issuerEn; }
    public LocalDateTime getUnpublishAt() { return unpublishAt; }
    public void setUnpublishAt(LocalDateTime unpublishAt) { this.unpublishAt = unpublishAt; }
    public LocalDateTime getPublishAt() { return publishAt; }
    public void setPublishAt(LocalDateTime publishAt) { this.publishAt = publishAt; }
}
