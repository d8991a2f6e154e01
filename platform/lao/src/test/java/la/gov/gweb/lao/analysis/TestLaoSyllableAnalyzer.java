package la.gov.gweb.lao.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import la.gov.gweb.lao.LaoTestText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.index.RandomIndexWriter;
import org.apache.lucene.util.QueryBuilder;

public class TestLaoSyllableAnalyzer extends BaseTokenStreamTestCase {

  private static final String S = LaoSyllableTokenizer.SYLLABLE_TYPE;

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new LaoSyllableAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testCompoundSplitsIntoSyllablesAtConsecutivePositions() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "ນະຄອນຫຼວງວຽງຈັນ",
        new String[] {"ນະ", "ຄອນ", "ຫຼວງ", "ວຽງ", "ຈັນ"},
        new int[] {0, 2, 5, 9, 12},
        new int[] {2, 5, 9, 12, 15},
        new String[] {S, S, S, S, S},
        new int[] {1, 1, 1, 1, 1});
  }

  public void testPhraseOfSyllablesFindsWordInsideCompound() throws IOException {
    try (Directory dir = newDirectory();
        Analyzer words = new LaoAnalyzer();
        Analyzer perField = new PerFieldAnalyzerWrapper(words, Map.of("body_lo_syl", analyzer))) {
      RandomIndexWriter writer =
          new RandomIndexWriter(random(), dir, newIndexWriterConfig(perField));
      for (String text :
          new String[] {
            "ກອງປະຊຸມໄດ້ຈັດຂຶ້ນທີ່ນະຄອນຫຼວງວຽງຈັນ ໃນວັນທີ 9 ມັງກອນ 2020",
            "ການພັດທະນາໝູ່ບ້ານໃນແຂວງຫຼວງພະບາງ"
          }) {
        Document doc = new Document();
        doc.add(newTextField("body_lo", text, Field.Store.NO));
        doc.add(newTextField("body_lo_syl", text, Field.Store.NO));
        writer.addDocument(doc);
      }
      IndexReader reader = writer.getReader();
      writer.close();
      IndexSearcher searcher = newSearcher(reader);
      QueryBuilder builder = new QueryBuilder(perField);
      Query inWords = builder.createPhraseQuery("body_lo", "ວຽງຈັນ");
      Query inSyllables = builder.createPhraseQuery("body_lo_syl", "ວຽງຈັນ");
      assertEquals(0, searcher.count(inWords));
      assertEquals(1, searcher.count(inSyllables));
      Query either =
          new BooleanQuery.Builder()
              .add(inWords, BooleanClause.Occur.SHOULD)
              .add(inSyllables, BooleanClause.Occur.SHOULD)
              .build();
      assertEquals(1, searcher.count(either));
      assertEquals(1, searcher.count(builder.createPhraseQuery("body_lo_syl", "ນະຄອນຫລວງ")));
      assertEquals(2, searcher.count(builder.createPhraseQuery("body_lo_syl", "ຫລວງ")));
      assertEquals(0, searcher.count(builder.createPhraseQuery("body_lo_syl", "ຈັນວຽງ")));
      reader.close();
    }
  }

  public void testHighlighterMarksSyllablesInsideCompound() throws Exception {
    String text = "ກອງປະຊຸມທີ່ນະຄອນຫລວງວຽງຈັນ";
    try (Analyzer query = new LaoSyllableAnalyzer()) {
      Query phrase = new QueryBuilder(query).createPhraseQuery("body_lo_syl", "ວຽງຈັນ");
      Highlighter highlighter = new Highlighter(new QueryScorer(phrase, "body_lo_syl"));
      assertEquals(
          "ກອງປະຊຸມທີ່ນະຄອນຫລວງ<B>ວຽງ</B><B>ຈັນ</B>",
          highlighter.getBestFragment(analyzer, "body_lo_syl", text));
    }
  }

  public void testEveryVariantOfLaoMdGivesTheSameSyllables() throws IOException {
    String[][] variants = {
      {"ໜ້າທີ່ຂອງພະນັກງານ", "ຫນ້າທີ່ຂອງພະນັກງານ"},
      {"ການພັດທະນາໝູ່ບ້ານ", "ການພັດທະນາຫມູ່ບ້ານ"},
      {"ງົບປະມານສຳລັບໂຄງການ", "ງົບປະມານສໍາລັບໂຄງການ", "ງົບປະມານສຳ ລັບໂຄງການ"},
      {"ລາຄານ້ຳມັນ", "ລາຄານໍ້າມັນ", "ລາຄານ້ໍາມັນ", "ລາຄານຳ້ມັນ"},
      {"ໂຮງງານປ່ອຍກິ່ນເໝັນ", "ໂຮງງານປ່ອຍກ່ິນເໝັນ"},
      {"ໄດ້ເຂົ້າຮ່ວມຫຼັກການ", "ໄດ້ເຂ້ົາຮ່ວມຫັຼກການ"},
      {"ນະຄອນຫຼວງວຽງຈັນ", "ນະຄອນຫລວງວຽງຈັນ"},
      {"ແຜນການປີ 2025", "ແຜນການປີ2025", "ແຜນການປີ໒໐໒໕"},
      {"ກອງປະຊຸມໄດ້ຈັດຂຶ້ນ", "ກອງ\u200Bປະຊຸມ\u200Cໄດ້\u200Dຈັດ\u2060ຂຶ້ນ\u00AD\uFEFF"}
    };
    for (String[] spellings : variants) {
      String[] expected = terms(spellings[0]);
      for (String spelling : spellings) {
        assertAnalyzesTo(analyzer, spelling, expected);
      }
    }
  }

  public void testNonLaoRunsAreWholeTokens() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "ກອງປະຊຸມ ASEAN ຄັ້ງທີ 46, COVID-19",
        new String[] {"ກອງ", "ປະ", "ຊຸມ", "asean", "ຄັ້ງ", "ທີ", "46", "covid", "19"},
        new String[] {S, S, S, "<ALPHANUM>", S, S, "<NUM>", "<ALPHANUM>", "<NUM>"});
  }

  public void testTokenizerWithoutCharFilter() throws IOException {
    Tokenizer tokenizer = new LaoSyllableTokenizer();
    tokenizer.setReader(new StringReader("ສະບາຍດີ Hello ໆ ິ່ກາ ນ້ຳ"));
    assertTokenStreamContents(
        tokenizer,
        new String[] {"ສະ", "ບາຍ", "ດີ", "Hello", "ກາ", "ນ້ຳ"},
        new int[] {0, 2, 5, 8, 18, 21},
        new int[] {2, 5, 7, 13, 20, 24},
        24);
  }

  public void testLongRunOutsideLaoIsSplit() throws IOException {
    String run = "a".repeat(300);
    assertAnalyzesTo(analyzer, run, new String[] {"a".repeat(255), "a".repeat(45)});
  }

  public void testEveryCombiningMarkDoubled() throws IOException {
    String sentence = "ຜູ້ແທນຈາກ 10 ແຂວງ ໄດ້ເຂົ້າຮ່ວມກອງປະຊຸມທີ່ນະຄອນຫຼວງວຽງຈັນ";
    StringBuilder doubled = new StringBuilder();
    for (char c : sentence.toCharArray()) {
      doubled.append(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        doubled.append(c);
      }
    }
    assertAnalyzesTo(analyzer, doubled.toString(), terms(sentence));
  }

  public void testTenThousandCharactersWithoutSpaces() throws IOException {
    String text = "ນະຄອນຫຼວງວຽງຈັນ".repeat(667).substring(0, 10_000);
    String[] syllables = terms(text);
    assertTrue(syllables.length > 3000);
    assertEquals("ນະ", syllables[0]);
    checkAnalysisConsistency(random(), analyzer, false, text);
  }

  public void testEmptyAndPunctuationOnly() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
    assertAnalyzesTo(analyzer, "!!! ... ,,, ( ) « » ໆ ຯ \u200B ່ິ", new String[0]);
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), analyzer, 5 * RANDOM_MULTIPLIER, 8192);
  }

  public void testRandomStringsWithoutCharFilter() throws IOException {
    try (Analyzer bare =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new LaoSyllableTokenizer());
          }
        }) {
      checkRandomData(random(), bare, 200 * RANDOM_MULTIPLIER);
      for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(
            random(), bare, random().nextBoolean(), LaoTestText.randomLao(random(), 120));
      }
    }
  }

  public void testRandomLaoStrings() throws IOException {
    for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
      checkAnalysisConsistency(
          random(), analyzer, random().nextBoolean(), LaoTestText.randomLao(random(), 120));
    }
  }

  private String[] terms(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body_lo_syl", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms.toArray(new String[0]);
  }
}
