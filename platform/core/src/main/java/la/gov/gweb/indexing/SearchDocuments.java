package la.gov.gweb.indexing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import la.gov.gweb.content.Attachment;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.LegalDetails;
import la.gov.gweb.i18n.LocalizedDates;
import la.gov.gweb.search.HtmlText;
import la.gov.gweb.search.SearchDocument;
import la.gov.gweb.tenant.TenantSlug;

/** Turns a content item and the texts of its attachments into what the search index holds. */
final class SearchDocuments {

    private SearchDocuments() {
    }

    /**
     * Legal documents are dated and filtered by their issue date, the rest by their publish date,
     * both as a reader in Vientiane counts days and years.
     */
    static SearchDocument of(TenantSlug site, ContentItem item, Map<Long, AttachmentText> texts) {
        LegalDetails legal = item.legal();
        LocalDate issued = legal == null ? null : legal.issuedOn();
        Instant date = issued != null ? issued.atStartOfDay(LocalizedDates.VIENTIANE).toInstant()
                : item.publishedAt() != null ? item.publishedAt() : item.updatedAt();
        int year = LocalDate.ofInstant(date, LocalizedDates.VIENTIANE).getYear();
        List<SearchDocument.Attachment> attachments = item.attachments().stream()
                .map(attachment -> attachment(attachment, texts.get(attachment.id())))
                .toList();
        return new SearchDocument(site.value(), item.id(), item.type().code(), item.sitePath(),
                item.title().lo(), item.title().en(),
                item.summary().lo(), item.summary().en(),
                HtmlText.toPlainText(item.body().lo()), HtmlText.toPlainText(item.body().en()),
                attachments,
                legal == null || legal.kind() == null ? null : legal.kind().code(),
                year, date);
    }

    /** Hits name the file as readers download it, the same in both languages. */
    private static SearchDocument.Attachment attachment(Attachment attachment, AttachmentText text) {
        return new SearchDocument.Attachment(attachment.fileName(), text == null ? "" : text.text());
    }
}
