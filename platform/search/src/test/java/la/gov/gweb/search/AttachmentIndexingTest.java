package la.gov.gweb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import la.gov.gweb.search.extract.AttachmentExtractor;
import la.gov.gweb.search.extract.Extraction;
import la.gov.gweb.search.extract.Extraction.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments as the owner feeds them: extracted, then indexed with the legal document they belong
 * to. A hit in an attachment links to its item; a file without text is indexed without it.
 */
class AttachmentIndexingTest {

  @TempDir Path directory;

  @Test
  void wordOnlyInARealPdfFindsItsItem() throws IOException {
    try (AttachmentExtractor extractor = new AttachmentExtractor();
        SiteIndex index = new SiteIndex(directory.resolve("index"), "mtc")) {
      Extraction pdf = extractor.extract(Fixtures.resource(Fixtures.LAO_PDF));
      assertEquals(Status.OK, pdf.status());
      index.upsert(
          Item.of("mtc", 41)
              .legal("decision")
              .lo("ຂໍ້ຕົກລົງ ວ່າດ້ວຍ ການຄຸ້ມຄອງ ຊື່ໂດເມນ", "ກຳນົດຫຼັກເກນການຈົດທະບຽນຊື່ໂດເມນ")
              .attachment("decision-0123-2023.pdf", pdf.text())
              .date(2023, 3, 20)
              .build());
      index.upsert(
          Item.of("mtc", 42).lo("ຂ່າວ", "ກະຊວງໄດ້ເປີດຝຶກອົບຮົມ ໃຫ້ແກ່ພະນັກງານ ວິຊາການ").build());

      for (String word : List.of("ວິສາຫະກິດ", "ໂທລະຄົມມະນາຄົມ", "ສະຖາບັນການສຶກສາ", "Domain Names")) {
        SearchResults results = index.search(SearchQuery.of(word));
        assertEquals(1, results.total(), word);
        SearchHit hit = results.hits().get(0);
        assertEquals(41, hit.id());
        assertEquals("/legal/item-41", hit.url());
        assertEquals("decision-0123-2023.pdf", hit.attachment(), word);
        assertTrue(hit.snippet().contains("<mark>"), hit.snippet());
      }
      SearchHit hit = index.search(SearchQuery.of("ວິສາຫະກິດ")).hits().get(0);
      assertTrue(hit.snippet().contains("<mark>ວິສາຫະກິດ</mark>"), hit.snippet());
      assertEquals("ຂໍ້ຕົກລົງ ວ່າດ້ວຍ ການຄຸ້ມຄອງ ຊື່ໂດເມນ", hit.title());

      SearchHit inBody = index.search(SearchQuery.of("ຊື່ໂດເມນ")).hits().get(0);
      assertNull(inBody.attachment(), "the item's own text comes first");
    }
  }

  @Test
  void theMatchingAttachmentIsNamed() throws IOException {
    try (SiteIndex index = new SiteIndex(directory.resolve("index"), "mtc")) {
      index.upsert(
          Item.of("mtc", 5)
              .legal("decree")
              .lo("ດຳລັດ ວ່າດ້ວຍ ການລະບຸຕົວຕົນດິຈິຕອນ", "")
              .attachment("decree-245-2025-lo.pdf", "ມາດຕາ 8 ລະດັບຄວາມໜ້າເຊື່ອຖື ມີ 3 ລະດັບ")
              .attachment("scan.pdf", "")
              .attachment("decree-245-2025-en.docx", "Article 21 Data protection: providers keep data in the country")
              .build());
      assertEquals(
          "decree-245-2025-en.docx",
          index.search(SearchQuery.of("data protection")).hits().get(0).attachment());
      assertEquals(
          "decree-245-2025-lo.pdf",
          index.search(SearchQuery.of("ຄວາມໜ້າເຊື່ອຖື")).hits().get(0).attachment());
    }
  }

  @Test
  void englishWordsInALaoAttachmentAreFoundByTheirStemsAndHighlighted() throws IOException {
    try (SiteIndex index = new SiteIndex(directory.resolve("index"), "mtc")) {
      index.upsert(
          Item.of("mtc", 6)
              .legal("decree")
              .lo("ດຳລັດ ວ່າດ້ວຍ ການບໍລິການດິຈິຕອນ", "")
              .attachment(
                  "decree-12-2024.pdf",
                  "ມາດຕາ 3 ຜູ້ໃຫ້ບໍລິການ (Providers) ຕ້ອງຮັກສາຂໍ້ມູນ ໄວ້ໃນ ສປປ ລາວ ໑໒ ເດືອນ")
              .build());
      SearchHit hit = index.search(SearchQuery.of("provider")).hits().get(0);
      assertEquals("decree-12-2024.pdf", hit.attachment());
      assertTrue(hit.snippet().contains("<mark>Providers</mark>"), hit.snippet());
      assertEquals(1, index.search(SearchQuery.of("12")).total(), "Lao digits stay numbers");
      assertEquals(1, index.search(SearchQuery.of("ຮັກສາຂໍ້ມູນ")).total());
    }
  }

  @Test
  void encryptedAndCorruptPdfsAreIndexedWithoutTextAndReported() throws IOException {
    Map<Long, Path> files = new LinkedHashMap<>();
    files.put(1L, Fixtures.encryptedPdf(directory));
    files.put(2L, Fixtures.truncatedPdf(directory));
    files.put(3L, Fixtures.resource(Fixtures.LAO_DOCX));
    Path rubbish = directory.resolve("form.pdf");
    Files.writeString(rubbish, "%PDF-1.4\nthis is not a PDF");
    files.put(4L, rubbish);
    Map<Long, Extraction> report = new LinkedHashMap<>();
    try (AttachmentExtractor extractor = new AttachmentExtractor();
        SiteIndex index = new SiteIndex(directory.resolve("index"), "mtc")) {
      for (Map.Entry<Long, Path> file : files.entrySet()) {
        Extraction extraction = extractor.extract(file.getValue());
        report.put(file.getKey(), extraction);
        index.upsert(
            Item.of("mtc", file.getKey())
                .legal("decree")
                .lo("ດຳລັດ ສະບັບທີ " + file.getKey(), "ເອກະສານຄັດຕິດ")
                .attachment(file.getValue().getFileName().toString(), extraction.text())
                .build());
      }
      assertEquals(Status.ENCRYPTED, report.get(1L).status());
      assertEquals(Status.CORRUPT, report.get(2L).status());
      assertEquals(Status.OK, report.get(3L).status());
      assertEquals(Status.CORRUPT, report.get(4L).status());
      assertTrue(report.values().stream().allMatch(e -> e.detail() != null));

      assertEquals(4, index.search(SearchQuery.of("ເອກະສານຄັດຕິດ")).total(), "all are indexed");
      // Words of the PDF's text are not found through the two broken copies.
      assertEquals(0, index.search(SearchQuery.of("ວິສາຫະກິດ")).total());
      SearchResults docx = index.search(SearchQuery.of("ການລະບຸຕົວຕົນດິຈິຕອນ"));
      assertEquals(List.of(3L), docx.hits().stream().map(SearchHit::id).toList());
      assertEquals("decree-245-2025.docx", docx.hits().get(0).attachment());
    }
  }
}
