package la.gov.gweb.search;

import la.gov.gweb.lao.analysis.GwebEnglishAnalyzer;
import la.gov.gweb.lao.analysis.LaoAnalyzer;
import la.gov.gweb.lao.analysis.LaoSyllableAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * The analyzer of every text field, chosen by the field name's suffix: {@code _syl} Lao syllables
 * and syllable pairs, {@code _en} English, any other Lao words. The same instance analyzes
 * documents and queries, so both sides always agree. Analyzers are thread-safe, so one instance
 * serves every index.
 */
final class SearchAnalyzer extends DelegatingAnalyzerWrapper {

  static final SearchAnalyzer INSTANCE = new SearchAnalyzer();

  /** Joins the two syllables of a pair term, as in {@code ວຽງ ຈັນ}; no syllable holds a space. */
  static final String PAIR_SEPARATOR = ShingleFilter.DEFAULT_TOKEN_SEPARATOR;

  /**
   * Positions left between the values of a field (the summary and the body, two attachments), so
   * that a phrase never matches across them.
   */
  private static final int VALUE_GAP = 100;

  private final Analyzer words = new LaoAnalyzer();
  private final Analyzer syllables = new SyllablePairs();
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

  /**
   * {@link LaoSyllableAnalyzer}'s syllables, each also paired with the next one at the same
   * position. A phrase of syllables becomes a phrase of pairs, whose postings are far shorter:
   * ທະ and ນາ are in nearly every Lao text, ທະ ນາ in fewer. That keeps syllable phrases fast on
   * large sites. The pairs are {@link ShingleFilter}'s of size two, made by {@link
   * SyllablePairFilter} at a fraction of the cost.
   */
  private static final class SyllablePairs extends AnalyzerWrapper {
    private final Analyzer syllables = new LaoSyllableAnalyzer();

    SyllablePairs() {
      super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return syllables;
    }

    @Override
    protected TokenStreamComponents wrapComponents(
        String fieldName, TokenStreamComponents components) {
      return new TokenStreamComponents(
          components.getSource(), new SyllablePairFilter(components.getTokenStream()));
    }
  }
}
