package la.gov.gweb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry: one index per site, the government-wide search, and rebuilds. */
class SiteIndexesTest {

  @TempDir Path sites;

  private SiteIndexes indexes;

  @BeforeEach
  void open() {
    indexes = new SiteIndexes(sites);
  }

  @AfterEach
  void close() throws IOException {
    indexes.close();
  }

  @Test
  void eachSiteHasItsOwnIndexInItsOwnDirectory() throws IOException {
    SiteIndex mtc = indexes.site("mtc");
    assertSame(mtc, indexes.site("mtc"));
    mtc.upsert(Item.of("mtc", 1).lo("ອິນເຕີເນັດ", "ໂຄງການອິນເຕີເນັດຄວາມໄວສູງ ທົ່ວປະເທດ").build());
    indexes.site("egc").upsert(Item.of("egc", 1).lo("ອິນເຕີເນັດ", "ອິນເຕີເນັດ ສຳລັບໂຮງຮຽນ").build());
    assertTrue(Files.isRegularFile(sites.resolve("mtc/index/CURRENT")));
    assertTrue(Files.isRegularFile(sites.resolve("egc/index/CURRENT")));

    SearchResults mtcOnly = indexes.site("mtc").search(SearchQuery.of("ອິນເຕີເນັດ"));
    assertEquals(1, mtcOnly.total());
    assertEquals("mtc", mtcOnly.hits().get(0).site());
    assertEquals(0, indexes.site("mtc").search(SearchQuery.of("ໂຮງຮຽນ")).total());
    assertEquals(1, indexes.site("egc").search(SearchQuery.of("ໂຮງຮຽນ")).total());
    assertThrows(
        IllegalArgumentException.class,
        () -> indexes.site("mtc").upsert(Item.of("egc", 2).lo("ຂ່າວ", "ໂຮງຮຽນ").build()));
  }

  @Test
  void aDeletedIndexLeavesNoFolderAndComesBackEmpty() throws IOException {
    indexes.site("mtc").upsert(Item.of("mtc", 1).lo("ອິນເຕີເນັດ", "ໂຄງການອິນເຕີເນັດ").build());
    indexes.site("egc").upsert(Item.of("egc", 1).lo("ອິນເຕີເນັດ", "ອິນເຕີເນັດ ສຳລັບໂຮງຮຽນ").build());

    indexes.delete("mtc");

    assertFalse(Files.exists(sites.resolve("mtc/index")));
    assertEquals(1, indexes.site("egc").search(SearchQuery.of("ອິນເຕີເນັດ")).total(), "other sites untouched");
    assertEquals(0, indexes.site("mtc").search(SearchQuery.of("ອິນເຕີເນັດ")).total());
    assertThrows(IllegalArgumentException.class, () -> indexes.delete("../egc"));
  }

  @Test
  void slugsThatAreNotSiteSlugsAreRefused() {
    for (String slug : new String[] {"../etc", "MTC", "a", "mtc/index", "", " mtc", "1mtc"}) {
      assertThrows(IllegalArgumentException.class, () -> indexes.site(slug), slug);
    }
    assertThrows(IllegalArgumentException.class, () -> indexes.site(null));
  }

  @Test
  void searchAllRanksEverySiteTogetherAndLabelsEachHit() throws IOException {
    indexes.site("mtc").upsert(
        Item.of("mtc", 10).lo("ການຫັນເປັນດິຈິຕອນ", "ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ").build());
    indexes.site("egc").upsert(
        Item.of("egc", 10).lo("ລັດຖະບານເອເລັກໂຕຣນິກ", "ການຫັນເປັນດິຈິຕອນ ຂອງການບໍລິການພາກລັດ").build());
    indexes.site("luangprabang").upsert(
        Item.of("luangprabang", 10).lo("ມໍລະດົກໂລກ", "ເມືອງຫຼວງພະບາງ").build());

    SearchResults all =
        indexes.searchAll(List.of("mtc", "egc", "luangprabang", "mtc"), SearchQuery.of("ດິຈິຕອນ"));
    assertEquals(2, all.total());
    assertEquals(List.of("mtc", "egc"), all.hits().stream().map(SearchHit::site).toList());
    assertTrue(all.hits().stream().allMatch(hit -> hit.id() == 10));

    assertEquals(
        List.of("luangprabang"),
        indexes.searchAll(Set.of("mtc", "luangprabang"), SearchQuery.of("ຫລວງພະບາງ")).hits().stream()
            .map(SearchHit::site)
            .toList());
    assertEquals(0, indexes.searchAll(Set.of("mtc"), SearchQuery.of("ມໍລະດົກໂລກ")).total());
    assertEquals(0, indexes.searchAll(List.of(), SearchQuery.of("ດິຈິຕອນ")).total());
  }

  @Test
  void rebuildKeepsAnsweringFromTheOldIndexUntilTheNewOneIsComplete() throws Exception {
    SiteIndex mtc = indexes.site("mtc");
    for (long id = 1; id <= 3; id++) {
      mtc.upsert(Item.of("mtc", id).lo("ຂ່າວເກົ່າ " + id, "ບົດຂ່າວສະບັບເກົ່າ ກ່ຽວກັບຊົນລະປະທານ").build());
    }
    mtc.commit();
    CountDownLatch halfway = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    Iterable<SearchDocument> database =
        () ->
            Stream.iterate(1L, id -> id <= 300, id -> id + 1)
                .map(
                    id -> {
                      if (id == 150) {
                        halfway.countDown();
                        await(goOn);
                      }
                      return Item.of("mtc", id)
                          .lo("ຂ່າວໃໝ່ " + id, "ບົດຂ່າວສະບັບໃໝ່ ກ່ຽວກັບພະລັງງານໄຟຟ້າ")
                          .build();
                    })
                .iterator();
    CompletableFuture<Integer> rebuild =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return indexes.rebuild("mtc", database);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    assertTrue(halfway.await(60, TimeUnit.SECONDS));

    // Half-way: searches answer from the old index, and writes still go through.
    assertEquals(3, mtc.search(SearchQuery.of("ຊົນລະປະທານ")).total());
    assertEquals(0, mtc.search(SearchQuery.of("ພະລັງງານໄຟຟ້າ")).total());
    assertEquals(3, indexes.searchAll(List.of("mtc"), SearchQuery.of("ຊົນລະປະທານ")).total());
    assertEquals(Set.of("mtc"), indexes.interruptedRebuilds(), "the marker is on disk meanwhile");
    mtc.upsert(Item.of("mtc", 500).lo("ຂ່າວດ່ວນ", "ປະກາດໃນລະຫວ່າງການສ້າງດັດຊະນີໃໝ່").build());
    mtc.delete(7);
    assertEquals(1, mtc.search(SearchQuery.of("ຂ່າວດ່ວນ")).total());
    assertThrows(IllegalStateException.class, () -> mtc.rebuild(List.of()));

    goOn.countDown();
    assertEquals(300, rebuild.get(60, TimeUnit.SECONDS));

    assertEquals(0, mtc.search(SearchQuery.of("ຊົນລະປະທານ")).total());
    assertEquals(299, mtc.search(SearchQuery.of("ພະລັງງານໄຟຟ້າ")).total(), "item 7 was deleted");
    assertEquals(1, mtc.search(SearchQuery.of("ຂ່າວດ່ວນ")).total(), "written during the rebuild");
    assertEquals(300, mtc.documentCount());
    assertEquals(Set.of(), indexes.interruptedRebuilds());
    assertFalse(mtc.needsRebuild());
    assertEquals(List.of("CURRENT", "gen-2"), listing(sites.resolve("mtc/index")));
  }

  @Test
  void interruptedRebuildIsDetectedAtStartAndTheOldIndexStillAnswers() throws IOException {
    SiteIndex mtc = indexes.site("mtc");
    mtc.upsert(Item.of("mtc", 1).lo("ຂ່າວ", "ການປູກຕົ້ນໄມ້ ເນື່ອງໃນວັນສິ່ງແວດລ້ອມໂລກ").build());
    indexes.close();
    // What a crash in the middle of a rebuild leaves: the marker and a half-written generation.
    Path index = sites.resolve("mtc/index");
    Files.writeString(index.resolve("REBUILDING"), "gen-2\n");
    Files.createDirectories(index.resolve("gen-2"));
    Files.writeString(index.resolve("gen-2/_0.fdt"), "half a segment");

    indexes = new SiteIndexes(sites);
    assertEquals(Set.of("mtc"), indexes.interruptedRebuilds());
    mtc = indexes.site("mtc");
    assertTrue(mtc.needsRebuild());
    assertFalse(Files.exists(index.resolve("gen-2")), "the left-over generation is deleted");
    assertEquals(1, mtc.search(SearchQuery.of("ສິ່ງແວດລ້ອມ")).total());

    indexes.rebuild(
        "mtc", List.of(Item.of("mtc", 1).lo("ຂ່າວ", "ການປູກຕົ້ນໄມ້ ເນື່ອງໃນວັນສິ່ງແວດລ້ອມໂລກ").build()));
    assertFalse(mtc.needsRebuild());
    assertEquals(Set.of(), indexes.interruptedRebuilds());
    assertEquals(List.of("CURRENT", "gen-2"), listing(index));
  }

  @Test
  void markerOfARebuildThatHadSwitchedIsCleared() throws IOException {
    indexes.site("mtc").upsert(Item.of("mtc", 1).lo("ຂ່າວ", "ທົດສອບ").build());
    indexes.close();
    Path index = sites.resolve("mtc/index");
    Files.writeString(index.resolve("REBUILDING"), Files.readString(index.resolve("CURRENT")));
    indexes = new SiteIndexes(sites);
    assertFalse(indexes.site("mtc").needsRebuild());
    assertEquals(Set.of(), indexes.interruptedRebuilds());
  }

  @Test
  void failedRebuildLeavesTheOldIndexInPlace() throws IOException {
    indexes.site("mtc").upsert(Item.of("mtc", 1).lo("ຂ່າວ", "ງານບຸນທາດຫຼວງ ປະຈຳປີ").build());
    indexes.close();
    indexes = new SiteIndexes(sites);
    SiteIndex mtc = indexes.site("mtc");
    assertFalse(mtc.needsRebuild());
    assertThrows(IllegalStateException.class, () -> indexes.rebuild("mtc", failing()));
    assertThrows(
        IllegalArgumentException.class,
        () -> mtc.rebuild(List.of(Item.of("egc", 1).lo("ຂ່າວ", "ລາຍການ").build())));
    assertEquals(1, mtc.search(SearchQuery.of("ທາດຫຼວງ")).total());
    assertEquals(0, mtc.search(SearchQuery.of("ລາຍການໃໝ່")).total());
    assertFalse(mtc.needsRebuild());
    assertEquals(Set.of(), indexes.interruptedRebuilds());
    assertEquals(List.of("CURRENT", "gen-1"), listing(sites.resolve("mtc/index")));
    mtc.upsert(Item.of("mtc", 2).lo("ຂ່າວ", "ງານບຸນທາດຫຼວງ ສິ້ນສຸດລົງ").build());
    assertEquals(2, mtc.search(SearchQuery.of("ທາດຫຼວງ")).total());
  }

  @Test
  void newIndexWhoseFirstRebuildFailedIsStillReported() throws IOException {
    SiteIndex mtc = indexes.site("mtc");
    assertTrue(mtc.needsRebuild());
    assertThrows(IllegalStateException.class, () -> mtc.rebuild(failing()));
    assertTrue(mtc.needsRebuild());
    assertEquals(Set.of("mtc"), indexes.interruptedRebuilds());
    assertEquals(List.of("CURRENT", "REBUILDING", "gen-1"), listing(sites.resolve("mtc/index")));
  }

  /** A database that fails after a hundred items. */
  private static Iterable<SearchDocument> failing() {
    return () ->
        new Iterator<>() {
          private int next = 1;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public SearchDocument next() {
            if (next > 100) {
              throw new IllegalStateException("database connection lost");
            }
            return Item.of("mtc", next++).lo("ຂ່າວ", "ລາຍການໃໝ່").build();
          }
        };
  }

  @Test
  void closedRegistryRefusesWork() throws IOException {
    SiteIndex mtc = indexes.site("mtc");
    indexes.close();
    assertThrows(IllegalStateException.class, () -> indexes.site("egc"));
    assertThrows(IllegalStateException.class, () -> mtc.search(SearchQuery.of("ຂ່າວ")));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test did not let the rebuild go on");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> listing(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
