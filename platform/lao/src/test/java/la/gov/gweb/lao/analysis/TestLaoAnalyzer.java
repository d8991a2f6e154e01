package la.gov.gweb.lao.analysis;

import java.io.IOException;
import la.gov.gweb.lao.LaoTestText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The word field. Each spelling variant of LAO.md has its own test, in which both spellings of a
 * government-news sentence must give the same tokens.
 */
public class TestLaoAnalyzer extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new LaoAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  private void assertSpellingsAnalyzeAlike(String[] expected, String... spellings)
      throws IOException {
    for (String spelling : spellings) {
      assertAnalyzesTo(analyzer, spelling, expected);
    }
  }

  public void testHoNoLigatureAndTwoLetterFormTokenizeAlike() throws IOException {
    String[] tokens = {"ພະນັກງານ", "ຕ້ອງ", "ປະຕິບັດ", "ໜ້າທີ່", "ຢ່າງ", "ເຂັ້ມງວດ"};
    assertSpellingsAnalyzeAlike(
        tokens, "ພະນັກງານຕ້ອງປະຕິບັດໜ້າທີ່ຢ່າງເຂັ້ມງວດ", "ພະນັກງານຕ້ອງປະຕິບັດຫນ້າທີ່ຢ່າງເຂັ້ມງວດ");
    assertAnalyzesTo(
        analyzer,
        "ພະນັກງານຕ້ອງປະຕິບັດຫນ້າທີ່ຢ່າງເຂັ້ມງວດ",
        tokens,
        new int[] {0, 8, 12, 19, 26, 30},
        new int[] {8, 12, 19, 26, 30, 38});
  }

  public void testHoMoLigatureAndTwoLetterFormTokenizeAlike() throws IOException {
    assertSpellingsAnalyzeAlike(
        new String[] {"ການ", "ພັດທະນາ", "ໝູ່", "ບ້ານ", "ໃນ", "ແຂວງ", "ຫຼວງພະບາງ"},
        "ການພັດທະນາໝູ່ບ້ານໃນແຂວງຫຼວງພະບາງ",
        "ການພັດທະນາຫມູ່ບ້ານໃນແຂວງຫຼວງພະບາງ");
  }

  public void testAmComposedAndDecomposedTokenizeAlike() throws IOException {
    assertSpellingsAnalyzeAlike(
        new String[] {"ງົບປະມານ", "ສຳລັບ", "ໂຄງການ"},
        "ງົບປະມານສຳລັບໂຄງການ",
        "ງົບປະມານສໍາລັບໂຄງການ");
  }

  public void testAmWithToneMarkBeforeOrAfterNiggahitaTokenizesAlike() throws IOException {
    assertSpellingsAnalyzeAlike(
        new String[] {"ລາຄາ", "ນໍ້າມັນ", "ເຊື້ອໄຟ", "ເພີ່ມຂຶ້ນ"},
        "ລາຄານ້ຳມັນເຊື້ອໄຟເພີ່ມຂຶ້ນ",
        "ລາຄານໍ້າມັນເຊື້ອໄຟເພີ່ມຂຶ້ນ",
        "ລາຄານ້ໍາມັນເຊື້ອໄຟເພີ່ມຂຶ້ນ",
        "ລາຄານຳ້ມັນເຊື້ອໄຟເພີ່ມຂຶ້ນ");
  }

  public void testToneMarkBeforeVowelMarkTokenizesAlike() throws IOException {
    assertSpellingsAnalyzeAlike(
        new String[] {"ໂຮງງານ", "ປ່ອຍ", "ກິ່ນເໝັນ"}, "ໂຮງງານປ່ອຍກິ່ນເໝັນ", "ໂຮງງານປ່ອຍກ່ິນເໝັນ");
  }

  public void testStackedMarksFromPdfTokenizeAlike() throws IOException {
    assertSpellingsAnalyzeAlike(
        new String[] {"ຜູ້ແທນ", "ໄດ້", "ເຂົ້າຮ່ວມ", "ກອງ", "ປະຊຸມ", "ຫຼັກການ"},
        "ຜູ້ແທນໄດ້ເຂົ້າຮ່ວມກອງປະຊຸມຫຼັກການ",
        "ຜູ້ແທນໄດ້ເຂ້ົາຮ່ວມກອງປະຊຸມຫັຼກການ");
  }

  public void testLoSubscriptAndTwoLetterFormTokenizeAlike() throws IOException {
    assertSpellingsAnalyzeAlike(
        new String[] {"ປະຊາຊົນ", "ຫຼາຍກວ່າ", "500", "ຄົນ", "ໃນ", "ນະຄອນຫຼວງວຽງຈັນ"},
        "ປະຊາຊົນຫຼາຍກວ່າ 500 ຄົນ ໃນນະຄອນຫຼວງວຽງຈັນ",
        "ປະຊາຊົນຫລາຍກວ່າ 500 ຄົນ ໃນນະຄອນຫລວງວຽງຈັນ");
  }

  public void testLaoDigitsAndAsciiDigitsTokenizeAlike() throws IOException {
    assertSpellingsAnalyzeAlike(
        new String[] {"ວັນທີ", "9", "ມັງກອນ", "2020"},
        "ວັນທີ 9 ມັງກອນ 2020",
        "ວັນທີ ໙ ມັງກອນ ໒໐໒໐");
  }

  public void testDigitsGluedToLaoLettersTokenizeApart() throws IOException {
    assertSpellingsAnalyzeAlike(
        new String[] {"ແຜນການ", "ປີ", "2025", "ຂອງ", "ກະຊວງ"},
        "ແຜນການປີ 2025 ຂອງກະຊວງ",
        "ແຜນການປີ2025ຂອງກະຊວງ",
        "ແຜນການປີ໒໐໒໕ຂອງກະຊວງ");
  }

  public void testZeroWidthSpaceIsDeletedNotABreak() throws IOException {
    assertSpellingsAnalyzeAlike(
        new String[] {"ກອງ", "ປະຊຸມ", "ໄດ້", "ຈັດ", "ຂຶ້ນ", "ທີ່", "ນະຄອນຫຼວງວຽງຈັນ"},
        "ກອງປະຊຸມໄດ້ຈັດຂຶ້ນທີ່ນະຄອນຫຼວງວຽງຈັນ",
        "ກອງປະຊຸມ\u200Bໄດ້ຈັດຂຶ້ນ\u200Bທີ່ນະຄອນ\u200Bຫຼວງວຽງຈັນ",
        String.join(
            "\u200B", "ກອງ", "ປະ", "ຊຸມ", "ໄດ້", "ຈັດ", "ຂຶ້ນ", "ທີ່", "ນະ", "ຄອນ", "ຫຼວງ", "ວຽງ",
            "ຈັນ"));
  }

  public void testOtherInvisibleCharactersAreDeleted() throws IOException {
    for (char invisible : new char[] {'\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF'}) {
      assertSpellingsAnalyzeAlike(
          new String[] {"ລັດຖະບານ", "ໄດ້", "ອະນຸມັດ", "ແຜນ", "ພັດທະນາ"},
          "ລັດຖະບານໄດ້ອະນຸມັດແຜນພັດທະນາ",
          "ລັດຖະ" + invisible + "ບານໄດ້ອະນຸ" + invisible + "ມັດແຜນພັດ" + invisible + "ທະນາ");
    }
  }

  public void testSpaceInsideWordIsJoined() throws IOException {
    assertSpellingsAnalyzeAlike(
        new String[] {"ງົບປະມານ", "ສຳລັບ", "ໂຄງການ"},
        "ງົບປະມານສຳລັບໂຄງການ",
        "ງົບປະມານສຳ ລັບໂຄງການ",
        "ງົບປະມານສໍາ ລັບໂຄງການ");
    assertSpellingsAnalyzeAlike(
        new String[] {"ກະຊວງສຶກສາທິການ"}, "ກະຊວງສຶກສາທິການ", "ກະ ຊວງ ສຶກ ສາ ທິ ການ");
  }

  public void testSpaceBetweenPhrasesIsKept() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "ລັດຖະບານ ໄດ້ຕົກລົງ",
        new String[] {"ລັດຖະບານ", "ໄດ້", "ຕົກລົງ"},
        new int[] {0, 9, 12},
        new int[] {8, 12, 18});
    try (Analyzer literal = new LaoAnalyzer(CharArraySet.EMPTY_SET, false)) {
      assertAnalyzesTo(
          literal, "ງົບປະມານສຳ ລັບໂຄງການ", new String[] {"ງົບປະມານ", "ສຳ", "ລັບ", "ໂຄງການ"});
    }
  }

  public void testDictionaryCompoundIsOneToken() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "ກອງປະຊຸມໄດ້ຈັດຂຶ້ນທີ່ນະຄອນຫຼວງວຽງຈັນ ໃນວັນທີ 9 ມັງກອນ 2020",
        new String[] {
          "ກອງ",
          "ປະຊຸມ",
          "ໄດ້",
          "ຈັດ",
          "ຂຶ້ນ",
          "ທີ່",
          "ນະຄອນຫຼວງວຽງຈັນ",
          "ໃນ",
          "ວັນທີ",
          "9",
          "ມັງກອນ",
          "2020"
        },
        new int[] {0, 3, 8, 11, 14, 18, 21, 37, 39, 45, 47, 54},
        new int[] {3, 8, 11, 14, 18, 21, 36, 39, 44, 46, 53, 58},
        new String[] {
          "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>",
          "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>", "<NUM>", "<ALPHANUM>", "<NUM>"
        },
        new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
  }

  public void testToneMarksAreNotFolded() throws IOException {
    assertAnalyzesTo(analyzer, "ນ້ຳ ນຳ ໄກ ໄກ່", new String[] {"ນໍ້າ", "ນຳ", "ໄກ", "ໄກ່"});
  }

  public void testMixedLaoAndEnglish() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Ministry of Foreign Affairs ກະຊວງການຕ່າງປະເທດ COVID-19 ＡＳＥＡＮ",
        new String[] {
          "ministry", "of", "foreign", "affairs", "ກະຊວງການຕ່າງປະເທດ", "covid", "19", "asean"
        });
  }

  public void testRepetitionAndAbbreviationMarksAreNotIndexed() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "ບັນດາປະເທດຕ່າງໆ ແລະ ອື່ນໆ ຯ ທົ່ວໂລກ",
        new String[] {"ບັນດາ", "ປະເທດ", "ຕ່າງໆ", "ແລະ", "ອື່ນ", "ທົ່ວໂລກ"},
        new int[] {1, 1, 1, 1, 1, 3});
  }

  public void testStopWordsAreOptional() throws IOException {
    CharArraySet stopwords = LaoAnalyzer.getDefaultStopSet();
    assertTrue(stopwords.contains("ແລະ"));
    assertTrue(stopwords.contains("ສຳລັບ"));
    assertTrue(stopwords.contains("ຫຼາຍ"));
    assertAnalyzesTo(analyzer, "ກະຊວງ ແລະ ກົມ", new String[] {"ກະຊວງ", "ແລະ", "ກົມ"});
    try (Analyzer withStopwords = new LaoAnalyzer(stopwords, true)) {
      assertAnalyzesTo(
          withStopwords, "ກະຊວງ ແລະ ກົມ", new String[] {"ກະຊວງ", "ກົມ"}, new int[] {1, 2});
    }
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
    String[] tokens = {
      "ຜູ້ແທນ", "ຈາກ", "10", "ແຂວງ", "ໄດ້", "ເຂົ້າຮ່ວມ", "ກອງ", "ປະຊຸມ", "ທີ່", "ນະຄອນຫຼວງວຽງຈັນ"
    };
    assertSpellingsAnalyzeAlike(tokens, sentence, doubled.toString());
  }

  public void testTenThousandCharacters() throws IOException {
    String sentence = "ລັດຖະບານໄດ້ອະນຸມັດແຜນພັດທະນາ ";
    String text = sentence.repeat(10_000 / sentence.length() + 1).substring(0, 10_000);
    int tokens = 0;
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        assertTrue(offset.endOffset() <= text.length());
        tokens++;
      }
      stream.end();
      assertEquals(text.length(), offset.endOffset());
    }
    assertTrue("tokens: " + tokens, tokens > 1500);
    checkAnalysisConsistency(random(), analyzer, false, text);
  }

  public void testEmptyAndPunctuationOnly() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
    assertAnalyzesTo(analyzer, "   \n\t ", new String[0]);
    assertAnalyzesTo(analyzer, "!!! ... ,,, ( ) « » ໆ ຯ \u200B", new String[0]);
  }

  public void testHighlightOffsetsPointIntoTheOriginalText() throws IOException {
    String text = "ທ່ານ\u200Bລັດຖະມົນຕີ ກວດກາຫນ້າວຽກ ປີ໒໐໒໕";
    StringBuilder found = new StringBuilder();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        found.append('[').append(text, offset.startOffset(), offset.endOffset()).append(']');
      }
      stream.end();
    }
    assertEquals("[ທ່ານ\u200B][ລັດຖະມົນຕີ][ກວດກາ][ຫນ້າ][ວຽກ][ປີ][໒໐໒໕]", found.toString());
  }

  public void testHighlighterMarksTheOriginalSpelling() throws Exception {
    String text = "ພະນັກງານຕ້ອງປະຕິບັດຫນ້າ\u200Bທີ່ຢ່າງເຂັ້ມງວດ ປີ໒໐໒໕";
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term("body", "ໜ້າທີ່")), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term("body", "2025")), BooleanClause.Occur.SHOULD)
            .build();
    Highlighter highlighter = new Highlighter(new QueryScorer(query, "body"));
    assertEquals(
        "ພະນັກງານຕ້ອງປະຕິບັດ<B>ຫນ້າ\u200Bທີ່</B>ຢ່າງເຂັ້ມງວດ ປີ<B>໒໐໒໕</B>",
        highlighter.getBestFragment(analyzer, "body", text));
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }

  public void testRandomHugeStrings() throws IOException {
    checkRandomData(random(), analyzer, 5 * RANDOM_MULTIPLIER, 8192);
  }

  public void testRandomLaoStrings() throws IOException {
    for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
      checkAnalysisConsistency(
          random(), analyzer, random().nextBoolean(), LaoTestText.randomLao(random(), 120));
    }
  }
}
