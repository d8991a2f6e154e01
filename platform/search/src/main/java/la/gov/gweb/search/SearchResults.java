package la.gov.gweb.search;

import java.util.List;

/**
 * One page of hits and how many there are in all.
 *
 * @param total how many items match; exact up to {@value #EXACT_TOTAL_LIMIT}, a lower bound above
 *     (see {@code totalExact})
 * @param totalExact false if {@code total} is a lower bound
 * @param hits the requested page of hits, in order
 * @param textTruncated true if the query text was too long and only its beginning was searched
 */
public record SearchResults(
    long total, boolean totalExact, List<SearchHit> hits, boolean textTruncated) {

  /**
   * Totals are counted exactly up to this many hits; above, a search may skip items that cannot
   * reach the top, and readers see "more than 1,000" anyway.
   */
  public static final int EXACT_TOTAL_LIMIT = 1_000;

  /** Makes the list of hits unmodifiable. */
  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** Results with no hits, for a query without a searchable word. */
  static SearchResults empty(boolean textTruncated) {
    return new SearchResults(0, true, List.of(), textTruncated);
  }
}
