package la.gov.gweb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import la.gov.gweb.search.SearchQuery.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a reader types, or a URL holds, gives a sensible answer and never an exception. */
class BadInputTest {

  private static final String SENTENCE =
      "ຜູ້ແທນຈາກ 18 ແຂວງ ໄດ້ເຂົ້າຮ່ວມກອງປະຊຸມທີ່ນະຄອນຫຼວງວຽງຈັນ ເພື່ອປຶກສາຫາລືແຜນການປີ 2026";

  @TempDir static Path directory;

  private static SiteIndex index;

  @BeforeAll
  static void index() throws IOException {
    index = new SiteIndex(directory, "mtc");
    index.upsert(
        Item.of("mtc", 1)
            .lo("ກອງປະຊຸມແຜນການປະຈຳປີ", SENTENCE)
            .en("Annual planning meeting", "Delegates from 18 provinces met in Vientiane.")
            .build());
    index.upsert(
        Item.of("mtc", 2).lo("ແຈ້ງການ", "ກະຊວງຈະປິດຫ້ອງການ ໃນວັນພັກລັດຖະການ").build());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n ", "!!! ... ,,, ( ) « » ໆ ຯ", "*", "?", "\u200B\u00AD", "\"", "\\"})
  void textWithoutWordsGivesNoHits(String text) throws IOException {
    SearchResults results = index.search(SearchQuery.of(text));
    assertEquals(0, results.total());
    assertTrue(results.hits().isEmpty());
  }

  @Test
  void nullTextGivesNoHits() throws IOException {
    assertEquals(0, index.search(SearchQuery.of(null)).total());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ວຽງຈັນ*",
        "ວຽງ?ຈັນ",
        "\"ວຽງຈັນ",
        "ວຽງຈັນ\"\"\"",
        "(ວຽງຈັນ",
        "ວຽງຈັນ)",
        "+ວຽງຈັນ -",
        "ວຽງຈັນ || !",
        "ວຽງຈັນ/.*/",
        "~ວຽງຈັນ^",
        "ວຽງຈັນ:",
        "\\ວຽງຈັນ"
      })
  void querySyntaxAroundAWordIsPunctuation(String text) throws IOException {
    assertEquals(List.of(1L), ids(index.search(SearchQuery.of(text))), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "title:(|title",
        "title:(ວຽງຈັນ|title ວຽງຈັນ",
        "id:1|id 1",
        "[ວຽງຈັນ TO ຫຼວງພະບາງ]|ວຽງຈັນ TO ຫຼວງພະບາງ",
        "ວຽງຈັນ~2|ວຽງຈັນ 2",
        "<script>ວຽງຈັນ</script>|script ວຽງຈັນ script",
        "{!lucene}ວຽງຈັນ|lucene ວຽງຈັນ",
        "Vientiane:(meeting|Vientiane meeting",
        "delegates AND provinces|delegates and provinces"
      })
  void querySyntaxWithWordsSearchesTheWords(String syntax, String words) throws IOException {
    assertEquals(
        ids(index.search(SearchQuery.of(words))), ids(index.search(SearchQuery.of(syntax))));
  }

  @Test
  void fieldSyntaxDoesNotReachOtherFields() throws IOException {
    assertEquals(0, index.search(SearchQuery.of("type:news")).total());
    assertEquals(0, index.search(SearchQuery.of("site:*")).total());
    assertEquals(List.of(1L), ids(index.search(SearchQuery.of("Vientiane:(meeting"))));
  }

  private static List<Long> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void tenThousandCharactersAreCutNotRefused() throws IOException {
    String lao = SENTENCE.repeat(10_000 / SENTENCE.length() + 1).substring(0, 10_000);
    SearchResults results = index.search(SearchQuery.of(lao));
    assertTrue(results.textTruncated());
    assertEquals(List.of(1L), results.hits().stream().map(SearchHit::id).toList());
    SearchResults unspaced = index.search(SearchQuery.of("ນະຄອນຫຼວງວຽງຈັນ".repeat(700)));
    assertTrue(unspaced.textTruncated());
    SearchResults latin = index.search(SearchQuery.of("meeting ".repeat(1_250)));
    assertTrue(latin.textTruncated());
    assertEquals(1, latin.total());
  }

  @Test
  void manyDistinctWordsAreCappedBelowLuceneLimits() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      text.append("w").append(i).append(' ');
    }
    SearchResults results = index.search(SearchQuery.of(text.toString()));
    assertTrue(results.textTruncated());
    assertEquals(0, results.total());
  }

  @Test
  void everyCombiningMarkDoubled() throws IOException {
    StringBuilder doubled = new StringBuilder();
    for (char c : "ເຂົ້າຮ່ວມກອງປະຊຸມທີ່ນະຄອນຫຼວງວຽງຈັນ".toCharArray()) {
      doubled.append(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        doubled.append(c);
      }
    }
    SearchResults results = index.search(SearchQuery.of(doubled.toString()));
    assertEquals(List.of(1L), results.hits().stream().map(SearchHit::id).toList());
    assertTrue(results.hits().get(0).snippet().contains("<mark>"));
  }

  @Test
  void outOfRangeValuesAreBroughtIntoRange() throws IOException {
    SearchQuery query =
        new SearchQuery("ວຽງຈັນ", "xx", " ", null, "", null, -5, -1);
    assertEquals(null, query.language());
    assertEquals(null, query.type());
    assertEquals(null, query.legalKind());
    assertEquals(SortOrder.RELEVANCE, query.sort());
    assertEquals(0, query.offset());
    assertEquals(SearchQuery.DEFAULT_LIMIT, query.limit());
    assertEquals(1, index.search(query).total());
    SearchQuery huge = SearchQuery.of("ວຽງຈັນ").withPage(Integer.MAX_VALUE, Integer.MAX_VALUE);
    assertEquals(SearchQuery.MAX_OFFSET, huge.offset());
    assertEquals(SearchQuery.MAX_LIMIT, huge.limit());
    SearchResults deep = index.search(huge);
    assertEquals(1, deep.total());
    assertTrue(deep.hits().isEmpty());
    assertEquals("en", SearchQuery.of("x").withLanguage(" EN ").language());
  }

  @Test
  void randomInputNeverFails() throws IOException {
    Random random = new Random(20260115);
    String pieces =
        "ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮໜໝະັາຳິີຶືຸູົຼຽເແໂໃໄໆ່້໊໋໌ໍ຺ຯ໐໑໒໓໔໕໖໗໘໙0123456789"
            + "\u200B\u200C\u200D\u2060\u00AD\uFEFF\u0000\uFFFF\uD83D\uDE00\uD800 \n\t"
            + "abcXYZ:()[]{}\"'*?~^!+-&|/\\<>#%";
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(80);
      for (int k = 0; k < length; k++) {
        text.append(pieces.charAt(random.nextInt(pieces.length())));
      }
      SearchQuery query =
          SearchQuery.of(text.toString())
              .withSort(random.nextBoolean() ? SortOrder.DATE : SortOrder.RELEVANCE)
              .withPage(random.nextInt(30) - 5, random.nextInt(30) - 5);
      SearchResults results = index.search(query);
      assertTrue(results.total() >= results.hits().size());
    }
  }
}
