package la.gov.gweb.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the index holds for one published item of a site: a page, news article, announcement or
 * legal document, with the text of its attachments. Texts are plain text; turn sanitized HTML
 * bodies into text with {@link HtmlText#toPlainText(String)}. Missing texts may be null or empty.
 *
 * @param site the site's slug; a {@link SiteIndex} accepts only its own site's documents
 * @param id the item's id, unique within the site; indexing the same id again replaces the item
 * @param type the item's type code: {@code page}, {@code news}, {@code announcement} or {@code
 *     legal} (any non-blank code is accepted, and is what the type filter matches)
 * @param url the path of the item on its site, such as {@code /news/digital-id-pilot}
 * @param titleLo the Lao title
 * @param titleEn the English title
 * @param summaryLo the Lao summary
 * @param summaryEn the English summary
 * @param bodyLo the Lao body as plain text
 * @param bodyEn the English body as plain text
 * @param attachments the attached files' texts; a file whose text could not be extracted may be
 *     listed with an empty text
 * @param legalKind the kind of a legal document ({@code decree}, {@code decision}, ...), else null
 * @param year the year the reader filters on: of the publish date, or of a legal document's issue
 *     date
 * @param date the time the item is sorted by, newest first
 */
public record SearchDocument(
    String site,
    long id,
    String type,
    String url,
    String titleLo,
    String titleEn,
    String summaryLo,
    String summaryEn,
    String bodyLo,
    String bodyEn,
    List<Attachment> attachments,
    String legalKind,
    int year,
    Instant date) {

  /**
   * The extracted text of one attached file.
   *
   * @param name the file name shown to readers, such as {@code decree-245-2025.pdf}
   * @param text the text, empty if none could be extracted
   */
  public record Attachment(String name, String text) {

    /** Replaces null with empty strings. */
    public Attachment {
      name = name == null ? "" : name;
      text = text == null ? "" : text;
    }
  }

  /**
   * Checks the identifying fields and replaces null texts with empty ones.
   *
   * @throws IllegalArgumentException if the site or type is blank
   * @throws NullPointerException if the url or date is null
   */
  public SearchDocument {
    if (site == null || site.isBlank()) {
      throw new IllegalArgumentException("site is blank");
    }
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("type is blank");
    }
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(date, "date");
    titleLo = orEmpty(titleLo);
    titleEn = orEmpty(titleEn);
    summaryLo = orEmpty(summaryLo);
    summaryEn = orEmpty(summaryEn);
    bodyLo = orEmpty(bodyLo);
    bodyEn = orEmpty(bodyEn);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    legalKind = legalKind == null || legalKind.isBlank() ? null : legalKind;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
