package la.gov.gweb.lao.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestGwebEnglishAnalyzer extends BaseTokenStreamTestCase {

  public void testPossessiveStopWordsAndStemming() throws IOException {
    try (Analyzer analyzer = new GwebEnglishAnalyzer()) {
      assertAnalyzesTo(
          analyzer,
          "The Ministry's reports on developing provinces",
          new String[] {"ministri", "report", "develop", "provinc"},
          new int[] {4, 15, 26, 37},
          new int[] {14, 22, 36, 46},
          new int[] {2, 1, 2, 1});
    }
  }

  public void testSoftHyphenAndZeroWidthSpaceDoNotSplitOrSpoilWords() throws IOException {
    try (Analyzer analyzer = new GwebEnglishAnalyzer()) {
      assertAnalyzesTo(
          analyzer,
          "infor\u00ADmation tech\u200Bnology",
          new String[] {"inform", "technolog"},
          new int[] {0, 13},
          new int[] {12, 24});
    }
  }

  public void testLaoNameInEnglishText() throws IOException {
    try (Analyzer analyzer = new GwebEnglishAnalyzer()) {
      assertAnalyzesTo(
          analyzer,
          "Vientiane Capital (ນະຄອນຫລວງວຽງຈັນ), 2025",
          new String[] {"vientian", "capit", "ນະຄອນຫຼວງວຽງຈັນ", "2025"});
    }
  }

  public void testStemExclusions() throws IOException {
    CharArraySet keep = new CharArraySet(List.of("laos"), false);
    try (Analyzer analyzer =
        new GwebEnglishAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, keep)) {
      assertAnalyzesTo(analyzer, "Laos provinces", new String[] {"laos", "provinc"});
    }
  }

  public void testEmptyAndPunctuationOnly() throws IOException {
    try (Analyzer analyzer = new GwebEnglishAnalyzer()) {
      assertAnalyzesTo(analyzer, "", new String[0]);
      assertAnalyzesTo(analyzer, "!!! ... ,,, ( ) \u200B", new String[0]);
    }
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer analyzer = new GwebEnglishAnalyzer()) {
      checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), analyzer, 5 * RANDOM_MULTIPLIER, 8192);
    }
  }
}
