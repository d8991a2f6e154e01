package la.gov.gweb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import la.gov.gweb.lao.normalize.LaoNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every spelling variant of LAO.md, in both directions: each spelling of a word goes into its own
 * news item, and a search with any spelling must find all of them and no other item, with the
 * document's own spelling marked in the snippet. Legacy ASCII-mapped fonts are not covered: no
 * normalizer can map their text (see LAO.md).
 */
class LaoSpellingSearchTest {

  private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");
  private static final LaoNormalizer NORMALIZER = new LaoNormalizer(true);

  /** Items that contain none of the variant words, so that a too-loose query shows. */
  private static final List<String> OTHER_NEWS =
      List.of(
          "ນັກທ່ອງທ່ຽວຕ່າງປະເທດເດີນທາງມາຢ້ຽມຢາມວັດຊຽງທອງ ໃນເດືອນທັນວາ",
          "ທະນາຄານແຫ່ງ ສປປ ລາວ ປະກາດອັດຕາແລກປ່ຽນເງິນກີບ ປະຈຳອາທິດ");

  @TempDir Path directory;

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("ໜ vs ຫນ", "ພະນັກງານລັດຕ້ອງປະຕິບັດ%sຢ່າງເຂັ້ມງວດ", List.of("ໜ້າທີ່", "ຫນ້າທີ່")),
        Arguments.of("ໝ vs ຫມ", "ໂຄງການພັດທະນາ%sໃນເຂດຊົນນະບົດ", List.of("ໝູ່ບ້ານ", "ຫມູ່ບ້ານ")),
        Arguments.of("ຳ vs ໍ + າ", "ງົບປະມານ%sໂຄງການສ້າງທາງ", List.of("ສຳລັບ", "ສໍາລັບ")),
        Arguments.of(
            "ຳ vs ໍ + າ with the tone mark before or after ໍ",
            "ລາຄາ%sເຊື້ອໄຟເພີ່ມຂຶ້ນໃນເດືອນນີ້",
            List.of("ນ້ຳມັນ", "ນໍ້າມັນ", "ນ້ໍາມັນ")),
        Arguments.of("order of vowel and tone marks", "ໂຮງງານປ່ອຍ%sເໝັນອອກສູ່ຊຸມຊົນ", List.of("ກິ່ນ", "ກ່ິນ")),
        Arguments.of(
            "stacked marks as PDFs give them", "ຜູ້ແທນໄດ້%sກອງປະຊຸມ", List.of("ເຂົ້າຮ່ວມ", "ເຂ້ົາຮ່ວມ")),
        Arguments.of(
            "ຼ stacked after the vowel", "ກຳນົດ%sແລະ ລະບຽບການ", List.of("ຫຼັກການ", "ຫັຼກການ")),
        Arguments.of("ຫຼ vs ຫລ", "ເມືອງ%sເປັນມໍລະດົກໂລກ", List.of("ຫຼວງພະບາງ", "ຫລວງພະບາງ")),
        Arguments.of(
            "Lao and ASCII digits, glued to letters",
            "ແຜນການ%sຂອງກະຊວງ",
            List.of("ປີ໒໐໒໕", "ປີ2025", "ປີ 2025")),
        Arguments.of(
            "zero-width space as a word separator",
            "%sໄດ້ຈັດຂຶ້ນໃນຕອນເຊົ້າ",
            List.of("ກອງປະຊຸມ", "ກອງ\u200Bປະຊຸມ", "\u200Bກອງປະ\u200Bຊຸມ\u200B")),
        Arguments.of(
            "other invisible characters",
            "%sໄດ້ອະນຸມັດແຜນການ",
            List.of(
                "ລັດຖະບານ",
                "ລັດຖະ\u200Cບານ",
                "ລັດ\u200Dຖະບານ",
                "ລັດຖະ\u2060ບານ",
                "ລັດຖະ\u00ADບານ",
                "\uFEFFລັດຖະບານ")),
        Arguments.of(
            "spaces inside words", "ງົບປະມານ%sໂຄງການ", List.of("ສຳລັບ", "ສຳ ລັບ", "ສໍາ ລັບ")),
        Arguments.of(
            "a name spaced out syllable by syllable",
            "%sໄດ້ອອກແຈ້ງການ",
            List.of("ກະຊວງສຶກສາທິການ", "ກະ ຊວງ ສຶກ ສາ ທິ ການ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void everySpellingFindsEveryOther(String variant, String sentence, List<String> spellings)
      throws IOException {
    try (SiteIndex index = new SiteIndex(directory, "mtc")) {
      long id = 1;
      for (String spelling : spellings) {
        index.upsert(Item.of("mtc", id++).lo("ຂ່າວ", String.format(sentence, spelling)).build());
      }
      for (String other : OTHER_NEWS) {
        index.upsert(Item.of("mtc", id++).lo("ຂ່າວ", other).build());
      }
      Set<Long> expected =
          Stream.iterate(1L, i -> i + 1).limit(spellings.size()).collect(Collectors.toSet());
      for (String query : spellings) {
        SearchResults results = index.search(SearchQuery.of(query));
        Set<Long> found = results.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
        assertEquals(expected, found, variant + ": query " + visible(query));
        for (SearchHit hit : results.hits()) {
          String spelling = spellings.get((int) hit.id() - 1);
          assertTrue(
              marked(hit.snippet()).contains(compact(spelling)),
              variant + ": " + visible(hit.snippet()) + " should mark " + visible(spelling));
        }
      }
    }
  }

  @Test
  void wordInsideDictionaryCompound() throws IOException {
    try (SiteIndex index = new SiteIndex(directory, "mtc")) {
      index.upsert(
          Item.of("mtc", 1)
              .lo("ກອງປະຊຸມສະຫຼຸບວຽກງານປະຈຳປີ", "ກອງປະຊຸມໄດ້ຈັດຂຶ້ນທີ່ນະຄອນຫຼວງວຽງຈັນ ໃນວັນທີ 9 ມັງກອນ 2026")
              .build());
      index.upsert(Item.of("mtc", 2).lo("ຂ່າວ", OTHER_NEWS.get(0)).build());
      for (String query : List.of("ວຽງຈັນ", "ນະຄອນຫຼວງ", "ນະຄອນຫລວງວຽງຈັນ")) {
        SearchResults results = index.search(SearchQuery.of(query));
        assertEquals(1, results.total(), query);
        assertTrue(results.hits().get(0).snippet().contains("<mark>"), query);
      }
      String snippet = index.search(SearchQuery.of("ວຽງຈັນ")).hits().get(0).snippet();
      assertTrue(snippet.contains("ນະຄອນຫຼວງ<mark>ວຽງຈັນ</mark>"), snippet);
    }
  }

  @Test
  void snippetMarksTheDocumentsOwnSpellingAtTheRightOffsets() throws IOException {
    try (SiteIndex index = new SiteIndex(directory, "mtc")) {
      index.upsert(
          Item.of("mtc", 1)
              .lo("ຄຳແນະນຳ", "ພະນັກງານຕ້ອງປະຕິບັດຫນ້າ\u200Bທີ່ຢ່າງເຂັ້ມງວດ & ໂປ່ງໃສ <ຕາມກົດໝາຍ> ປີ໒໐໒໕")
              .build());
      SearchHit hit = index.search(SearchQuery.of("ໜ້າທີ່ 2025")).hits().get(0);
      assertEquals(
          "ພະນັກງານຕ້ອງປະຕິບັດ<mark>ຫນ້າ\u200Bທີ່</mark>ຢ່າງເຂັ້ມງວດ &amp; ໂປ່ງໃສ &lt;ຕາມກົດໝາຍ&gt;"
              + " ປີ<mark>໒໐໒໕</mark>",
          hit.snippet());
    }
  }

  /** The marked text of a snippet, normalized, without spaces. */
  private static String marked(String snippet) {
    StringBuilder text = new StringBuilder();
    Matcher matcher = MARKED.matcher(snippet);
    while (matcher.find()) {
      text.append(matcher.group(1));
    }
    return compact(text.toString());
  }

  private static String compact(String text) {
    return NORMALIZER.normalize(text).replace(" ", "");
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.getType(c) == Character.FORMAT) {
                out.append(String.format("<U+%04X>", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
