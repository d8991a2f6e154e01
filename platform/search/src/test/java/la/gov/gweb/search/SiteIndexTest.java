package la.gov.gweb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import la.gov.gweb.search.SearchQuery.SortOrder;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One site's index: writes, filters, order, pages, snippets and languages. */
class SiteIndexTest {

  @TempDir Path directory;

  private SiteIndex index;

  @BeforeEach
  void open() throws IOException {
    index = new SiteIndex(directory, "mtc");
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  void upsertReplacesTheItemWithTheSameId() throws IOException {
    index.upsert(Item.of("mtc", 7).lo("ແຈ້ງການ", "ກະຊວງຈະປິດຫ້ອງການໃນວັນພັກ").build());
    index.upsert(Item.of("mtc", 7).lo("ແຈ້ງການ", "ກະຊວງຈະເປີດຮັບສະໝັກພະນັກງານໃໝ່").build());
    assertEquals(1, index.documentCount());
    assertEquals(0, index.search(SearchQuery.of("ວັນພັກ")).total());
    assertEquals(List.of(7L), ids(index.search(SearchQuery.of("ຮັບສະໝັກ"))));
  }

  @Test
  void deleteRemovesTheItemAndIgnoresUnknownIds() throws IOException {
    index.upsert(Item.of("mtc", 1).lo("ແຈ້ງການ", "ການສອບເສັງເຂົ້າຮັບລັດຖະກອນ").build());
    index.upsert(Item.of("mtc", 2).lo("ແຈ້ງການ", "ການສອບເສັງເຂົ້າຮັບລັດຖະກອນ ຮອບສອງ").build());
    index.delete(1);
    index.delete(12345);
    assertEquals(List.of(2L), ids(index.search(SearchQuery.of("ສອບເສັງ"))));
  }

  @Test
  void committedItemsSurviveReopening() throws IOException {
    assertTrue(index.needsRebuild(), "a new index is empty");
    index.upsert(Item.of("mtc", 1).lo("ຂ່າວ", "ພິທີເປີດໂຄງການອິນເຕີເນັດຄວາມໄວສູງ").build());
    index.commit();
    index.close();
    index = new SiteIndex(directory, "mtc");
    assertFalse(index.needsRebuild());
    assertEquals(List.of(1L), ids(index.search(SearchQuery.of("ອິນເຕີເນັດ"))));
  }

  @Test
  void anIndexOpenElsewhereIsNotOpenedTwice() throws IOException {
    index.upsert(Item.of("mtc", 1).lo("ຂ່າວ", "ການແຂ່ງຂັນກິລາແຫ່ງຊາດ").build());
    assertThrows(LockObtainFailedException.class, () -> new SiteIndex(directory, "mtc"));
    assertEquals(1, index.search(SearchQuery.of("ກິລາ")).total());
  }

  @Test
  void documentsOfAnotherSiteAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> index.upsert(Item.of("egc", 1).lo("ຂ່າວ", "ລັດຖະບານເອເລັກໂຕຣນິກ").build()));
  }

  @Test
  void filtersByTypeYearAndLegalKind() throws IOException {
    index.upsert(Item.of("mtc", 1).lo("ຂ່າວການຫັນເປັນດິຈິຕອນ", "").date(2025, 3, 1).build());
    index.upsert(
        Item.of("mtc", 2).type("announcement").lo("ແຈ້ງການຫັນເປັນດິຈິຕອນ", "").date(2025, 5, 1).build());
    index.upsert(
        Item.of("mtc", 3).legal("decree").lo("ດຳລັດວ່າດ້ວຍການຫັນເປັນດິຈິຕອນ", "").date(2024, 6, 12).build());
    index.upsert(
        Item.of("mtc", 4).legal("decision").lo("ຂໍ້ຕົກລົງວ່າດ້ວຍການຫັນເປັນດິຈິຕອນ", "").date(2025, 1, 9).build());
    SearchQuery digital = SearchQuery.of("ການຫັນເປັນດິຈິຕອນ");
    assertEquals(4, index.search(digital).total());
    assertEquals(Set.of(3L, 4L), idSet(index.search(digital.withType("legal"))));
    assertEquals(Set.of(1L, 2L, 4L), idSet(index.search(digital.withYear(2025))));
    assertEquals(Set.of(4L), idSet(index.search(digital.withType("legal").withYear(2025))));
    assertEquals(Set.of(3L), idSet(index.search(digital.withLegalKind("decree"))));
    assertEquals(0, index.search(digital.withType("page")).total());
    assertEquals(0, index.search(digital.withYear(1999)).total());
    SearchHit legal = index.search(digital.withLegalKind("decree")).hits().get(0);
    assertEquals("legal", legal.type());
    assertEquals("/legal/item-3", legal.url());
  }

  @Test
  void sortsByDateNewestFirst() throws IOException {
    int[][] dates = {{2023, 4, 1}, {2026, 2, 10}, {2024, 12, 31}, {2026, 2, 9}, {2019, 7, 7}};
    for (int i = 0; i < dates.length; i++) {
      index.upsert(
          Item.of("mtc", i + 1)
              .lo("ກອງປະຊຸມ ຄັ້ງທີ " + (i + 1), "ກອງປະຊຸມປະຈຳປີ ຂອງກະຊວງ")
              .date(dates[i][0], dates[i][1], dates[i][2])
              .build());
    }
    SearchResults byDate = index.search(SearchQuery.of("ກອງປະຊຸມ").withSort(SortOrder.DATE));
    assertEquals(List.of(2L, 4L, 3L, 1L, 5L), ids(byDate));
    for (int i = 1; i < byDate.hits().size(); i++) {
      assertTrue(byDate.hits().get(i - 1).date().isAfter(byDate.hits().get(i).date()));
    }
    assertTrue(byDate.hits().stream().allMatch(hit -> hit.score() > 0), "scores are filled in");
  }

  @Test
  void pagesDoNotOverlapAndCoverEveryHit() throws IOException {
    for (int i = 1; i <= 25; i++) {
      index.upsert(
          Item.of("mtc", i)
              .lo("ຂ່າວສານ ສະບັບທີ " + i, "ບົດລາຍງານ ການພັດທະນາເຕັກໂນໂລຊີ ສະບັບທີ " + i)
              .date(2025, 1 + i % 12, 1 + i)
              .build());
    }
    SearchQuery query = SearchQuery.of("ເຕັກໂນໂລຊີ").withSort(SortOrder.DATE);
    Set<Long> seen = new HashSet<>();
    for (int offset = 0; offset < 30; offset += 10) {
      SearchResults page = index.search(query.withPage(offset, 10));
      assertEquals(25, page.total());
      assertTrue(page.totalExact());
      assertEquals(Math.max(0, Math.min(10, 25 - offset)), page.hits().size());
      for (SearchHit hit : page.hits()) {
        assertTrue(seen.add(hit.id()), "seen twice: " + hit.id());
      }
    }
    assertEquals(25, seen.size());
    SearchResults beyond = index.search(query.withPage(100, 10));
    assertEquals(25, beyond.total());
    assertTrue(beyond.hits().isEmpty());
  }

  @Test
  void titleWeighsMoreThanBody() throws IOException {
    index.upsert(
        Item.of("mtc", 1)
            .lo("ບົດລາຍງານປະຈຳເດືອນ", "ການກະກຽມຮັບມືກັບໄພນ້ຳຖ້ວມ ໃນລະດູຝົນ ຂອງແຂວງ")
            .build());
    index.upsert(
        Item.of("mtc", 2).lo("ການກະກຽມຮັບມືກັບໄພນ້ຳຖ້ວມ", "ບົດລາຍງານປະຈຳເດືອນ ຂອງແຂວງ").build());
    assertEquals(List.of(2L, 1L), ids(index.search(SearchQuery.of("ໄພນ້ຳຖ້ວມ"))));
  }

  @Test
  void theReadersLanguageChoosesTitleAndSnippet() throws IOException {
    index.upsert(
        Item.of("mtc", 1)
            .lo("ເປີດນຳໃຊ້ລະບົບບັດປະຈຳຕົວດິຈິຕອນ", "ລະບົບໃໝ່ຈະຊ່ວຍໃຫ້ປະຊາຊົນຢັ້ງຢືນຕົວຕົນທາງອອນລາຍ")
            .en("Digital ID system launched", "The new system helps citizens prove who they are online")
            .build());
    SearchHit english = index.search(SearchQuery.of("citizens online")).hits().get(0);
    assertEquals("Digital ID system launched", english.title());
    assertTrue(english.snippet().contains("<mark>citizens</mark>"), english.snippet());
    SearchHit lao = index.search(SearchQuery.of("ອອນລາຍ")).hits().get(0);
    assertEquals("ເປີດນຳໃຊ້ລະບົບບັດປະຈຳຕົວດິຈິຕອນ", lao.title());
    assertTrue(lao.snippet().contains("<mark>ອອນລາຍ</mark>"), lao.snippet());
    SearchHit laoPage = index.search(SearchQuery.of("citizens").withLanguage("lo")).hits().get(0);
    assertEquals("ເປີດນຳໃຊ້ລະບົບບັດປະຈຳຕົວດິຈິຕອນ", laoPage.title());
    assertTrue(laoPage.snippet().contains("<mark>citizens</mark>"), "the only match is English");
    SearchHit stems = index.search(SearchQuery.of("helping citizen")).hits().get(0);
    assertTrue(stems.snippet().contains("<mark>helps</mark>"), stems.snippet());
  }

  @Test
  void anItemWithoutMatchInItsTextShowsItsSummary() throws IOException {
    index.upsert(
        Item.of("mtc", 1)
            .lo("ວັນສື່ສານໂລກ", "ກິດຈະກຳຕ່າງໆ ຈະຈັດຂຶ້ນທົ່ວປະເທດ")
            .summaries("ສະເຫຼີມສະຫຼອງວັນສື່ສານໂລກ ປະຈຳປີ 2026", "World communications day 2026")
            .build());
    SearchHit hit = index.search(SearchQuery.of("ວັນສື່ສານໂລກ")).hits().get(0);
    assertTrue(hit.snippet().startsWith("ສະເຫຼີມສະຫຼອງ<mark>ວັນສື່ສານໂລກ</mark>"), hit.snippet());
    index.upsert(Item.of("mtc", 2).lo("ແຜນທີ່ເສັ້ນທາງ", "").summaries("ແຜນທີ່ ສຳລັບຜູ້ມາຢ້ຽມຢາມ", "").build());
    SearchHit titleOnly = index.search(SearchQuery.of("ເສັ້ນທາງ")).hits().get(0);
    assertEquals("ແຜນທີ່ ສຳລັບຜູ້ມາຢ້ຽມຢາມ", titleOnly.snippet());
  }

  @Test
  void longTextsGiveShortSnippetsAroundTheMatch() throws IOException {
    String filler = "ລັດຖະບານໄດ້ອະນຸມັດແຜນພັດທະນາເສດຖະກິດສັງຄົມແຫ່ງຊາດ".repeat(40);
    index.upsert(
        Item.of("mtc", 1)
            .lo("ບົດລາຍງານ", filler + "ໂຄງການສ້າງທາງລົດໄຟ" + filler)
            .build());
    String snippet = index.search(SearchQuery.of("ທາງລົດໄຟ")).hits().get(0).snippet();
    assertTrue(snippet.contains("<mark>ທາງລົດໄຟ</mark>"), snippet);
    assertTrue(snippet.startsWith("\u2026") && snippet.endsWith("\u2026"), snippet);
    String text = snippet.replace("<mark>", "").replace("</mark>", "");
    assertTrue(text.length() <= SnippetFormatter.MAX_CHARS + 2, text);
    char first = text.charAt(1);
    assertFalse(Character.getType(first) == Character.NON_SPACING_MARK, text);
  }

  @Test
  void concurrentWritesAndSearchesAreSafe() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int first = t * 25;
        tasks.add(
            threads.submit(
                () -> {
                  for (int i = first; i < first + 25; i++) {
                    index.upsert(
                        Item.of("mtc", i).lo("ຂ່າວ " + i, "ຂ່າວຄາວປະຈຳວັນ ຂອງກະຊວງ").build());
                    index.search(SearchQuery.of("ຂ່າວຄາວ"));
                  }
                  return null;
                }));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } finally {
      threads.shutdown();
    }
    assertEquals(100, index.documentCount());
    assertEquals(100, index.search(SearchQuery.of("ຂ່າວຄາວ")).total());
  }

  @Test
  void rebuildOnSeveralThreadsFindsWhatUpsertsOneByOneFind(@TempDir Path serialDirectory)
      throws IOException {
    String[] words = {
      "ກະຊວງ", "ເຕັກໂນໂລຊີ", "ການສື່ສານ", "ບັດປະຈຳຕົວ", "ດິຈິຕອນ", "ນະຄອນຫຼວງວຽງຈັນ", "ກອງປະຊຸມ",
      "ພະລັງງານ", "ໄຟຟ້າ", "ສຳລັບ", "ຫນ້າທີ່", "ປີ໒໐໒໕", "ກະສິກຳ", "ແຂວງ", "ຫລວງພະບາງ"
    };
    Random random = new Random(11);
    List<SearchDocument> items = new ArrayList<>();
    for (long id = 1; id <= 700; id++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        body.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? " " : "");
      }
      items.add(
          Item.of("mtc", id)
              .lo(words[random.nextInt(words.length)], body.toString())
              .en("Digital news " + id, "The ministry's digital services, item " + id)
              .build());
    }
    assertEquals(items.size(), index.rebuild(items));
    try (SiteIndex serial = new SiteIndex(serialDirectory, "mtc")) {
      for (SearchDocument item : items) {
        serial.upsert(item);
      }
      assertEquals(serial.documentCount(), index.documentCount());
      for (String query : List.of("ວຽງຈັນ", "ໄຟຟ້າ ແຂວງ", "ຫນ້າ", "2025", "digital services")) {
        SearchQuery page = SearchQuery.of(query).withPage(0, SearchQuery.MAX_LIMIT);
        SearchResults expected = serial.search(page);
        SearchResults rebuilt = index.search(page);
        assertTrue(expected.total() > 0, query);
        assertEquals(expected.total(), rebuilt.total(), query);
        assertEquals(scores(expected), scores(rebuilt), query);
        assertEquals(aboveLowestScore(expected), aboveLowestScore(rebuilt), query);
      }
    }
  }

  private static List<Float> scores(SearchResults results) {
    return results.hits().stream().map(SearchHit::score).toList();
  }

  /**
   * Each hit's snippet and score by id, but for the hits of the page's lowest score: hits of equal
   * score come in the order of their Lucene ids, so at the end of a page either may be cut off.
   */
  private static Map<Long, String> aboveLowestScore(SearchResults results) {
    float lowest = results.hits().get(results.hits().size() - 1).score();
    return results.hits().stream()
        .filter(hit -> hit.score() > lowest)
        .collect(Collectors.toMap(SearchHit::id, hit -> hit.snippet() + " " + hit.score()));
  }

  private static List<Long> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).collect(Collectors.toList());
  }

  private static Set<Long> idSet(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
  }
}
