package la.gov.gweb.search;

import la.gov.gweb.lao.analysis.GwebEnglishAnalyzer;
import la.gov.gweb.lao.analysis.LaoAnalyzer;
import la.gov.gweb.lao.analysis.LaoSyllableAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * The analyzer of every text field, chosen by the field name's suffix: {@code _syl} Lao syllables,
 * {@code _en} English, any other Lao words. The same instance analyzes documents and queries, so
 * both sides always agree. Analyzers are thread-safe, so one instance serves every index.
 *
 * <p>Syllables are indexed alone, not also in pairs with the next one. Pair terms made syllable
 * phrases faster on a site of 100,000 items (p95 19 ms against 42 to 45 ms, below the 50 ms
 * target either way) but cost more than all the other views together at indexing, since nearly
 * every pair of syllables is a term of its own: a rebuild of 10,000 items ran at 636 items/s with
 * them and 1,156 without.
 */
final class SearchAnalyzer extends DelegatingAnalyzerWrapper {

  static final SearchAnalyzer INSTANCE = new SearchAnalyzer();

  /**
   * Positions left between the values of a field (the summary and the body, two attachments), so
   * that a phrase never matches across them.
   */
  private static final int VALUE_GAP = 100;

  private final Analyzer words = new LaoAnalyzer();
  private final Analyzer syllables = new LaoSyllableAnalyzer();
  private final Analyzer english = new GwebEnglishAnalyzer();

  private SearchAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    if (fieldName.endsWith(IndexFields.SYLLABLE_SUFFIX)) {
      return syllables;
    }
    return fieldName.endsWith(IndexFields.ENGLISH_SUFFIX) ? english : words;
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return VALUE_GAP;
  }
}
