package la.gov.gweb.lao.normalize;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import la.gov.gweb.lao.LaoTestText;
import la.gov.gweb.lao.analysis.GwebEnglishAnalyzer;
import la.gov.gweb.lao.analysis.LaoAnalyzer;
import la.gov.gweb.lao.analysis.LaoSyllableAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;

public class TestNormalizedText extends BaseTokenStreamTestCase {

  private Analyzer[] analyzers;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzers =
        new Analyzer[] {new LaoAnalyzer(), new LaoSyllableAnalyzer(), new GwebEnglishAnalyzer()};
  }

  @Override
  public void tearDown() throws Exception {
    for (Analyzer analyzer : analyzers) {
      analyzer.close();
    }
    super.tearDown();
  }

  public void testEveryAnalyzerReadsWhatItsCharFilterWouldGive() throws IOException {
    assertSameTokens("ຫນ້າທີ່ ປີ໒໐໒໕ ສໍາ\u200Bລັບ ງົບປະມານສໍາ ລັບໂຄງການ ນ້ໍາ ເຂ້ົາ Ministry's plans");
  }

  public void testRandomLaoText() throws IOException {
    for (int i = 0; i < 300 * RANDOM_MULTIPLIER; i++) {
      assertSameTokens(LaoTestText.randomLao(random(), 300));
    }
  }

  public void testRandomText() throws IOException {
    for (int i = 0; i < 300 * RANDOM_MULTIPLIER; i++) {
      assertSameTokens(TestUtil.randomAnalysisString(random(), 200, random().nextBoolean()));
    }
  }

  public void testLongTextReadInChunksByTheCharFilter() throws IOException {
    StringBuilder text = new StringBuilder();
    while (text.length() < 20_000) {
      text.append(LaoTestText.randomLao(random(), 300)).append(random().nextBoolean() ? ", " : "");
    }
    assertSameTokens(text.toString());
  }

  public void testTextThatNormalizationLeavesAloneIsNotFiltered() throws IOException {
    NormalizedText text = new NormalizedText("Digital ID pilot: ກະຊວງ ປີ 2025");
    for (LaoNormalizer normalizer :
        new LaoNormalizer[] {new LaoNormalizer(), new LaoNormalizer(true)}) {
      assertFalse(normalizer.filter(text.reader()) instanceof CharFilter);
    }
    Reader changed = new LaoNormalizer().filter(new NormalizedText("ຫນ້າ").reader());
    assertTrue(changed instanceof CharFilter);
  }

  public void testOtherReadersAreFilteredAsBefore() {
    Reader reader = new LaoNormalizer().filter(new StringReader("ຫນ້າ"));
    assertTrue(reader instanceof LaoNormalizingCharFilter);
  }

  /**
   * Each analyzer gives the same tokens, offsets, positions and final offset from one shared
   * NormalizedText as from the string, whichever analyzer reads the shared text first.
   */
  private void assertSameTokens(String text) throws IOException {
    NormalizedText shared = new NormalizedText(text);
    List<Analyzer> order = new ArrayList<>(List.of(analyzers));
    Collections.shuffle(order, random());
    for (Analyzer analyzer : order) {
      List<String> expected = tokens(analyzer.tokenStream("f", text));
      List<String> actual = tokens(analyzer.tokenStream("f", shared.reader()));
      assertEquals(text, expected, actual);
    }
  }

  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment =
          stream.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            term
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + " +"
                + increment.getPositionIncrement()
                + " "
                + type.type());
      }
      stream.end();
      tokens.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
    }
    return tokens;
  }
}
