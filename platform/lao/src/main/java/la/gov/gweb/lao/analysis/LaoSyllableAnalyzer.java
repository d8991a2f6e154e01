package la.gov.gweb.lao.analysis;

import java.io.Reader;
import la.gov.gweb.lao.normalize.LaoNormalizer;
import la.gov.gweb.lao.normalize.LaoNormalizingCharFilter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;

/**
 * Analyzer for a second, syllable-level Lao field: {@link LaoNormalizingCharFilter}, then {@link
 * LaoSyllableTokenizer}, then the same folding of non-Lao text as {@link LaoAnalyzer}.
 *
 * <p>Query this field with phrase queries, OR-ed with the word field, so that the phrase ວຽງ ຈັນ
 * matches ນະຄອນຫຼວງວຽງຈັນ, which the word field holds as a single token:
 *
 * <pre>{@code
 * Query syllables = new QueryBuilder(syllableAnalyzer).createPhraseQuery("body_lo_syl", userText);
 * }</pre>
 *
 * <p>There are no stop words, since a syllable alone carries no meaning to filter on. The char
 * filter does not join spaced words here: spaces never change the syllables.
 */
public final class LaoSyllableAnalyzer extends Analyzer {

  private final LaoNormalizer normalizer = new LaoNormalizer();

  /** Creates the analyzer. */
  public LaoSyllableAnalyzer() {}

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return normalizer.filter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return normalizer.filter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new LaoSyllableTokenizer();
    return new TokenStreamComponents(source, new NonLaoFoldingFilter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUNormalizer2Filter(in, LaoAnalyzer.NON_LAO_FOLDING);
  }
}
