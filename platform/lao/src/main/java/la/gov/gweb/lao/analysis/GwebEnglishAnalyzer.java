package la.gov.gweb.lao.analysis;

import java.io.Reader;
import la.gov.gweb.lao.normalize.LaoNormalizer;
import la.gov.gweb.lao.normalize.LaoNormalizingCharFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzer for the English field: the chain of Lucene's {@link EnglishAnalyzer} (standard
 * tokenizer, possessive removal, lower case, English stop words, Porter stemming) behind {@link
 * LaoNormalizingCharFilter}.
 *
 * <p>The char filter matters for English too: text pasted from PDFs and Word carries soft hyphens
 * and zero-width characters that the standard tokenizer keeps inside words (infor&shy;mation does
 * not match information), and English pages quote Lao names and Lao digits.
 */
public final class GwebEnglishAnalyzer extends StopwordAnalyzerBase {

  private final LaoNormalizer normalizer = new LaoNormalizer();
  private final CharArraySet stemExclusionSet;

  /** Creates an analyzer with Lucene's English stop words and no stemming exclusions. */
  public GwebEnglishAnalyzer() {
    this(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, CharArraySet.EMPTY_SET);
  }

  /**
   * Creates an analyzer.
   *
   * @param stopwords lower-case words to leave out
   * @param stemExclusionSet lower-case words to index unstemmed, such as names that Porter mangles
   */
  public GwebEnglishAnalyzer(CharArraySet stopwords, CharArraySet stemExclusionSet) {
    super(stopwords);
    this.stemExclusionSet = CharArraySet.unmodifiableSet(CharArraySet.copy(stemExclusionSet));
  }

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
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, stopwords);
    if (!stemExclusionSet.isEmpty()) {
      result = new SetKeywordMarkerFilter(result, stemExclusionSet);
    }
    result = new PorterStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
