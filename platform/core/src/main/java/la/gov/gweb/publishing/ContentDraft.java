package la.gov.gweb.publishing;

import java.time.Instant;
import java.time.LocalDate;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.i18n.LocalizedText;

/**
 * What an editor submits for an item: its slug (or page path), texts in both languages, the
 * fields of its type, and when it should leave the site. Checked by {@link DraftValidator}.
 */
public record ContentDraft(ContentType type, String slug, int order, LocalizedText title, LocalizedText summary,
                           LocalizedText body, String leadImage, String legalNumber, LegalDocumentKind legalKind,
                           LocalDate legalIssued, LocalizedText legalIssuer, Instant unpublishAt) {
}
