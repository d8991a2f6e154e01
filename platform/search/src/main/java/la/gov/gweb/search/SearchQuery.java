package la.gov.gweb.search;

import java.util.Locale;

/**
 * A reader's search: the words typed, the filters chosen, the order and the page. Every value is
 * accepted; out-of-range ones are brought into range rather than refused, since they come from
 * URLs that anyone can edit.
 *
 * @param text the words as typed; never parsed as query syntax
 * @param language the reader's language, {@code lo} or {@code en}: which title and snippet a hit
 *     shows; null (or anything else) picks it from the script of the text. Both languages are
 *     always searched, since readers type Lao on English pages and the other way round
 * @param type only items of this type code, or null for all
 * @param year only items of this year, or null for all
 * @param legalKind only legal documents of this kind, or null for all
 * @param sort by relevance or newest first
 * @param offset how many hits to skip, from 0 to {@value #MAX_OFFSET}
 * @param limit how many hits to return, from 1 to {@value #MAX_LIMIT}; {@value #DEFAULT_LIMIT} if
 *     zero or negative
 */
public record SearchQuery(
    String text,
    String language,
    String type,
    Integer year,
    String legalKind,
    SortOrder sort,
    int offset,
    int limit) {

  /** Hits per page when none is asked for. */
  public static final int DEFAULT_LIMIT = 10;

  /** The most hits one page returns. */
  public static final int MAX_LIMIT = 100;

  /** The deepest page: nobody reads past ten thousand hits, and deep pages cost memory. */
  public static final int MAX_OFFSET = 10_000;

  /** How hits are ordered. */
  public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Newest first. */
    DATE
  }

  /** Brings every value into range. */
  public SearchQuery {
    text = text == null ? "" : text;
    language = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
    if (!"lo".equals(language) && !"en".equals(language)) {
      language = null;
    }
    type = blankToNull(type);
    legalKind = blankToNull(legalKind);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    offset = Math.min(Math.max(offset, 0), MAX_OFFSET);
    limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
  }

  /** Returns the first page of hits for {@code text} by relevance, without filters. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, SortOrder.RELEVANCE, 0, DEFAULT_LIMIT);
  }

  /** Returns this query with the reader's language set to {@code lo}, {@code en} or null. */
  public SearchQuery withLanguage(String newLanguage) {
    return new SearchQuery(text, newLanguage, type, year, legalKind, sort, offset, limit);
  }

  /** Returns this query restricted to one type code, or unrestricted for null. */
  public SearchQuery withType(String newType) {
    return new SearchQuery(text, language, newType, year, legalKind, sort, offset, limit);
  }

  /** Returns this query restricted to one year, or unrestricted for null. */
  public SearchQuery withYear(Integer newYear) {
    return new SearchQuery(text, language, type, newYear, legalKind, sort, offset, limit);
  }

  /** Returns this query restricted to one kind of legal document, or unrestricted for null. */
  public SearchQuery withLegalKind(String newLegalKind) {
    return new SearchQuery(text, language, type, year, newLegalKind, sort, offset, limit);
  }

  /** Returns this query in another order. */
  public SearchQuery withSort(SortOrder newSort) {
    return new SearchQuery(text, language, type, year, legalKind, newSort, offset, limit);
  }

  /** Returns this query for another page. */
  public SearchQuery withPage(int newOffset, int newLimit) {
    return new SearchQuery(text, language, type, year, legalKind, sort, newOffset, newLimit);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
