package la.gov.gweb.lao.analysis;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import la.gov.gweb.lao.normalize.LaoNormalizer;
import la.gov.gweb.lao.normalize.LaoNormalizingCharFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Analyzer for Lao text, and for the Latin words mixed into it: {@link LaoNormalizingCharFilter},
 * then {@link ICUTokenizer} in its default configuration (which segments Lao with ICU's
 * dictionary), then NFKC case folding of everything outside the Lao block, then removal of the
 * tokens ໆ (repeat the word) and ຯ (abbreviation mark), which ICU emits alone, and, if asked for,
 * of stop words.
 *
 * <p>The folding leaves Lao alone on purpose. NFKC would split ໜ and ຳ again after the char filter
 * joined them, and {@code ICUFoldingFilter} deletes tone marks, which makes ນ້ຳ "water" equal ນຳ
 * "lead" and ໄກ "far" equal ໄກ່ "chicken". Latin letters are lower-cased, full-width forms folded.
 *
 * <p>Stop words are off by default. The shipped list ({@link #getDefaultStopSet()}) is a
 * translation of Lucene's Thai list and holds content words such as ເຂົ້າ (rice; to enter), ເປີດ
 * (open) and ສົ່ງ (send), which people do search for on government sites; BM25 already gives little
 * weight to words that are everywhere.
 */
public final class LaoAnalyzer extends StopwordAnalyzerBase {

  /** The classpath resource of the Lao stop word list, UTF-8, one word a line, # comments. */
  public static final String DEFAULT_STOPWORD_FILE = "/la/gov/gweb/lao/stopwords_lao.txt";

  /** NFKC case folding for everything but the Lao block, whose forms the char filter has set. */
  static final Normalizer2 NON_LAO_FOLDING =
      new FilteredNormalizer2(
          Normalizer2.getNFKCCasefoldInstance(), new UnicodeSet("[^\\u0E80-\\u0EFF]").freeze());

  private final LaoNormalizer normalizer;
  private final CharArraySet dropped;

  /** Returns the shipped Lao stop words, spelled as {@link LaoNormalizer} spells them. */
  public static CharArraySet getDefaultStopSet() {
    return DefaultStopSet.SET;
  }

  /** Creates an analyzer without stop words that joins words split by a single space. */
  public LaoAnalyzer() {
    this(CharArraySet.EMPTY_SET, true);
  }

  /**
   * Creates an analyzer.
   *
   * @param stopwords words to leave out, in normalized spelling; empty for none
   * @param joinSpacedWords whether the char filter removes a single space that falls inside a
   *     dictionary word; use the same setting at index and at query time
   */
  public LaoAnalyzer(CharArraySet stopwords, boolean joinSpacedWords) {
    super(stopwords);
    this.normalizer = new LaoNormalizer(joinSpacedWords);
    CharArraySet set = new CharArraySet(stopwords.size() + 2, false);
    set.addAll(stopwords);
    set.add("\u0EC6");
    set.add("\u0EAF");
    this.dropped = CharArraySet.unmodifiableSet(set);
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
    Tokenizer source = new ICUTokenizer();
    TokenStream result = new NonLaoFoldingFilter(source);
    return new TokenStreamComponents(source, new StopFilter(result, dropped));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUNormalizer2Filter(in, NON_LAO_FOLDING);
  }

  private static final class DefaultStopSet {
    static final CharArraySet SET = load();

    private static CharArraySet load() {
      LaoNormalizer normalizer = new LaoNormalizer();
      CharArraySet set = new CharArraySet(128, false);
      try (InputStream stream = LaoAnalyzer.class.getResourceAsStream(DEFAULT_STOPWORD_FILE)) {
        if (stream == null) {
          throw new IllegalStateException("Missing resource " + DEFAULT_STOPWORD_FILE);
        }
        for (String word : WordlistLoader.getLines(stream, StandardCharsets.UTF_8)) {
          set.add(normalizer.normalize(word));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + DEFAULT_STOPWORD_FILE, e);
      }
      return CharArraySet.unmodifiableSet(set);
    }
  }
}
