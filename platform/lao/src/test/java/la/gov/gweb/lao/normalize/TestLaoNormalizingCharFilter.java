package la.gov.gweb.lao.normalize;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import la.gov.gweb.lao.LaoTestText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.tests.util.TestUtil;

public class TestLaoNormalizingCharFilter extends BaseTokenStreamTestCase {

  private static Analyzer whitespace(LaoNormalizer normalizer) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(tokenizer, tokenizer);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new LaoNormalizingCharFilter(reader, normalizer);
      }
    };
  }

  public void testOffsetsPointIntoTheOriginalText() throws IOException {
    String text = "ຫນ້າທີ່ ປີ໒໐໒໕ ສໍາ\u200Bລັບ";
    try (Analyzer analyzer = whitespace(new LaoNormalizer())) {
      assertAnalyzesTo(
          analyzer,
          text,
          new String[] {"ໜ້າທີ່", "ປີ", "2025", "ສຳລັບ"},
          new int[] {0, 8, 10, 15},
          new int[] {7, 10, 14, 22});
    }
  }

  public void testJoinedSpaceCountsTowardsTheToken() throws IOException {
    try (Analyzer analyzer = whitespace(new LaoNormalizer(true))) {
      assertAnalyzesTo(
          analyzer,
          "ງົບປະມານສໍາ ລັບໂຄງການ ປີ2025",
          new String[] {"ງົບປະມານສຳລັບໂຄງການ", "ປີ", "2025"},
          new int[] {0, 22, 24},
          new int[] {21, 24, 28});
    }
  }

  public void testAmReorderedKeepsClusterBounds() throws IOException {
    try (Analyzer analyzer = whitespace(new LaoNormalizer())) {
      assertAnalyzesTo(
          analyzer,
          "ນ້ຳ ນຳ້ ນ້ໍາ",
          new String[] {"ນໍ້າ", "ນໍ້າ", "ນໍ້າ"},
          new int[] {0, 4, 8},
          new int[] {3, 7, 12});
    }
  }

  public void testLongInputIsReadInChunksLikeTheStringApi() throws IOException {
    StringBuilder text = new StringBuilder();
    while (text.length() < 50_000) {
      text.append(LaoTestText.randomLao(random(), 300));
      if (random().nextInt(4) == 0) {
        text.append(random().nextBoolean() ? ", " : "(x)");
      }
    }
    for (LaoNormalizer normalizer :
        new LaoNormalizer[] {new LaoNormalizer(), new LaoNormalizer(true)}) {
      String expected = normalizer.normalize(text);
      CharFilter filter =
          new LaoNormalizingCharFilter(new StringReader(text.toString()), normalizer);
      assertEquals(expected, drain(filter));
      assertEquals(text.length(), filter.correctOffset(expected.length()));
      assertTokensComeFromTheirOffsets(whitespace(normalizer), text.toString());
    }
  }

  public void testOffsetsOfRandomLaoText() throws IOException {
    LaoNormalizer normalizer = new LaoNormalizer(true);
    for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
      assertTokensComeFromTheirOffsets(
          whitespace(normalizer), LaoTestText.randomLao(random(), 200));
    }
  }

  public void testEmptyAndInvisibleOnly() throws IOException {
    try (Analyzer analyzer = whitespace(new LaoNormalizer(true))) {
      assertAnalyzesTo(analyzer, "", new String[0]);
      assertAnalyzesTo(analyzer, "\u200B\uFEFF\u00AD", new String[0]);
    }
    CharFilter filter = new LaoNormalizingCharFilter(new StringReader("\u200B"));
    assertEquals(-1, filter.read(new char[4], 0, 4));
    assertEquals(1, filter.correctOffset(0));
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer analyzer = whitespace(new LaoNormalizer(true))) {
      checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 8192);
    }
  }

  public void testRandomLaoStrings() throws IOException {
    try (Analyzer analyzer = whitespace(new LaoNormalizer(true))) {
      for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(
            random(), analyzer, random().nextBoolean(), LaoTestText.randomLao(random(), 100));
      }
    }
  }

  /**
   * Every token must be what its offsets cut out of the original text, normalized; spaces are left
   * out of the comparison, since whether one is joined depends on text beyond the token.
   */
  private static void assertTokensComeFromTheirOffsets(Analyzer analyzer, String text)
      throws IOException {
    LaoNormalizer normalizer = new LaoNormalizer();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String original = text.substring(offset.startOffset(), offset.endOffset());
        assertEquals(original, normalizer.normalize(original).replace(" ", ""), term.toString());
      }
      stream.end();
    } finally {
      analyzer.close();
    }
  }

  private static String drain(Reader reader) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[1 + random().nextInt(100)];
    for (int read;
        (read = reader.read(buffer, 0, TestUtil.nextInt(random(), 1, buffer.length))) >= 0; ) {
      out.append(buffer, 0, read);
    }
    return out.toString();
  }
}
