package la.gov.gweb.search.extract;

import static la.gov.gweb.search.Fixtures.LAO_DOCX;
import static la.gov.gweb.search.Fixtures.LAO_ODT;
import static la.gov.gweb.search.Fixtures.LAO_PDF;
import static la.gov.gweb.search.Fixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import la.gov.gweb.search.Fixtures;
import la.gov.gweb.search.extract.Extraction.Status;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

class AttachmentExtractorTest {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** A Lao mark after anything but a letter or another mark: text put together wrongly. */
  private static final Pattern STRAY_MARK =
      Pattern.compile(
          "(?<![\\u0E81-\\u0EAE\\u0EDC-\\u0EDF\\u0EB1\\u0EB4-\\u0EBC\\u0EC8-\\u0ECE])"
              + "[\\u0EB1\\u0EB4-\\u0EBC\\u0EC8-\\u0ECE]");

  @TempDir Path directory;

  private final AttachmentExtractor extractor = new AttachmentExtractor();

  @AfterEach
  void close() {
    extractor.close();
  }

  @Test
  void laoPdfKeepsEveryMarkOnItsLetter() {
    Extraction extraction = extractor.extract(resource(LAO_PDF));
    assertEquals(Status.OK, extraction.status(), extraction.detail());
    assertEquals("application/pdf", extraction.mediaType());
    String text = extraction.text();
    // Tika's own PDF text gives ສາທາລະນະລດັ, ວຽງຈນັ and ກະຊວງເຕກັໂນໂລຊ ີແລະ here.
    assertTrue(text.startsWith("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ"), text);
    assertTrue(text.contains("ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ"), text);
    assertTrue(text.contains("ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 20 ມີນາ 2023"), text);
    assertTrue(text.contains("ຂໍ້ຕົກລົງ ວ່າດ້ວຍ ການຄຸ້ມຄອງ ຊື່ໂດເມນ .la"), text);
    assertTrue(text.contains("ສຳລັບວິສາຫະກິດ ທີ່ໄດ້ຈົດທະບຽນ ຢ່າງຖືກຕ້ອງ"), text);
    assertTrue(text.contains("Decision on the Management of .la Domain Names"), text);
    assertFalse(STRAY_MARK.matcher(text).find(), text);
  }

  @Test
  void laoWordDocument() {
    Extraction extraction = extractor.extract(resource(LAO_DOCX));
    assertEquals(Status.OK, extraction.status(), extraction.detail());
    assertEquals(DOCX, extraction.mediaType());
    assertTrue(extraction.text().contains("ດຳລັດ ວ່າດ້ວຍ ການລະບຸຕົວຕົນດິຈິຕອນ"), extraction.text());
    assertTrue(extraction.text().contains("Decree on Digital Identity"), extraction.text());
  }

  @Test
  void laoOpenDocumentText() {
    Extraction extraction = extractor.extract(resource(LAO_ODT));
    assertEquals(Status.OK, extraction.status(), extraction.detail());
    assertEquals("application/vnd.oasis.opendocument.text", extraction.mediaType());
    assertTrue(extraction.text().contains("ການເຫັນດີ ຈາກເຈົ້າຂອງຂໍ້ມູນ"), extraction.text());
  }

  @Test
  void laoSpreadsheet() {
    Extraction extraction = extractor.extract(Fixtures.laoXlsx(directory));
    assertEquals(Status.OK, extraction.status(), extraction.detail());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        extraction.mediaType());
    assertTrue(extraction.text().contains("ການອອກໃບຢັ້ງຢືນລາຍເຊັນເອເລັກໂຕຣນິກ"), extraction.text());
  }

  @Test
  void textIsNormalized() throws Exception {
    Path file = directory.resolve("notice.txt");
    Files.writeString(file, "ແຈ້ງການ\u200B ກ່ຽວກັບ ຫນ້າທີ່ ແລະ ນໍ້າ ປີ໒໐໒໕\r\n\r\n\r\nຈົບ\u0000");
    Extraction extraction = extractor.extract(file);
    assertEquals(Status.OK, extraction.status(), extraction.detail());
    assertEquals("ແຈ້ງການ ກ່ຽວກັບ ໜ້າທີ່ ແລະ ນໍ້າ ປີ 2025\n\nຈົບ", extraction.text());
  }

  @Test
  void encryptedPdfIsReportedWithoutText() throws Exception {
    Extraction extraction = extractor.extract(Fixtures.encryptedPdf(directory));
    assertEquals(Status.ENCRYPTED, extraction.status(), extraction.detail());
    assertEquals("", extraction.text());
    assertFalse(extraction.hasText());
    assertEquals("application/pdf", extraction.mediaType());
  }

  @Test
  void truncatedPdfIsReportedCorrupt() throws Exception {
    Extraction extraction = extractor.extract(Fixtures.truncatedPdf(directory));
    assertEquals(Status.CORRUPT, extraction.status());
    assertEquals("", extraction.text());
    assertFalse(extraction.detail().isBlank());
  }

  @Test
  void pdfHeaderFollowedByRubbishIsCorrupt() throws Exception {
    Path file = directory.resolve("rubbish.pdf");
    Files.writeString(file, "%PDF-1.7\n" + "rubbish ".repeat(500));
    assertEquals(Status.CORRUPT, extractor.extract(file).status());
  }

  @Test
  void damagedWordDocumentIsCorrupt() throws Exception {
    byte[] docx = Files.readAllBytes(resource(LAO_DOCX));
    Path file = directory.resolve("damaged.docx");
    Files.write(file, java.util.Arrays.copyOf(docx, docx.length / 2));
    Extraction extraction = extractor.extract(file);
    assertTrue(
        Set.of(Status.CORRUPT, Status.UNSUPPORTED).contains(extraction.status()),
        extraction.toString());
    assertEquals("", extraction.text());
  }

  @Test
  void pdfWithoutTextLayerIsEmpty() throws Exception {
    Extraction extraction = extractor.extract(Fixtures.blankPdf(directory));
    assertEquals(Status.EMPTY, extraction.status());
    assertEquals("", extraction.text());
  }

  @Test
  void fileAboveTheByteLimitIsNotOpened() {
    try (AttachmentExtractor small = new AttachmentExtractor(1_000, 1_000, Duration.ofSeconds(30))) {
      Extraction extraction = small.extract(resource(LAO_PDF));
      assertEquals(Status.TOO_LARGE, extraction.status());
      assertEquals("", extraction.text());
    }
  }

  @Test
  void textAboveTheCharacterLimitIsCutBetweenLetters() {
    for (String fixture : new String[] {LAO_PDF, LAO_DOCX}) {
      try (AttachmentExtractor small =
          new AttachmentExtractor(1_000_000, 101, Duration.ofSeconds(30))) {
        Extraction extraction = small.extract(resource(fixture));
        assertEquals(Status.TRUNCATED, extraction.status(), fixture);
        assertTrue(extraction.text().length() <= 101, fixture);
        assertTrue(extraction.text().startsWith("ສາທາລະນະລັດ ປະຊາທິປະໄຕ"), extraction.text());
        Extraction whole = extractor.extract(resource(fixture));
        char next = whole.text().charAt(extraction.text().length());
        assertFalse(Character.getType(next) == Character.NON_SPACING_MARK, fixture);
      }
    }
  }

  @Test
  void slowParserIsAbandonedAndInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    Parser stuck =
        new StubParser() {
          @Override
          public void parse(InputStream in, ContentHandler h, Metadata m, ParseContext c)
              throws TikaException {
            try {
              new CountDownLatch(1).await();
            } catch (InterruptedException e) {
              interrupted.countDown();
              throw new TikaException("interrupted", e);
            }
          }
        };
    try (AttachmentExtractor slow =
        // Long enough for the next PDF to be read within it on a busy machine.
        new AttachmentExtractor(1_000_000, 1_000_000, Duration.ofSeconds(2), stuck)) {
      Extraction extraction = slow.extract(resource(LAO_DOCX));
      assertEquals(Status.TIMEOUT, extraction.status());
      assertEquals("", extraction.text());
      assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the worker was not interrupted");
      // The next file is not held up by the abandoned one.
      assertEquals(Status.OK, slow.extract(resource(LAO_PDF)).status());
    }
  }

  @Test
  void parserBugIsReportedNotThrown() {
    Parser broken =
        new StubParser() {
          @Override
          public void parse(InputStream in, ContentHandler h, Metadata m, ParseContext c) {
            throw new IllegalStateException("bug in a parser");
          }
        };
    try (AttachmentExtractor buggy =
        new AttachmentExtractor(1_000_000, 1_000, Duration.ofSeconds(30), broken)) {
      Extraction extraction = buggy.extract(resource(LAO_DOCX));
      assertEquals(Status.CORRUPT, extraction.status());
      assertTrue(extraction.detail().contains("bug in a parser"), extraction.detail());
    }
  }

  @Test
  void unknownBinaryIsUnsupported() throws Exception {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    Path file = directory.resolve("data.bin");
    Files.write(file, noise);
    Extraction extraction = extractor.extract(file);
    assertEquals(Status.UNSUPPORTED, extraction.status());
    assertEquals("application/octet-stream", extraction.mediaType());
  }

  @Test
  void missingFileIsUnreadable() {
    assertEquals(
        Status.UNREADABLE, extractor.extract(directory.resolve("missing.pdf")).status());
    assertEquals(Status.UNREADABLE, extractor.extract(directory).status());
  }

  @Test
  void closedExtractorRefusesWork() {
    extractor.close();
    assertThrows(IllegalStateException.class, () -> extractor.extract(resource(LAO_DOCX)));
  }

  /** A parser for Word documents only, whose parse method each test writes. */
  private abstract static class StubParser implements Parser {
    private static final long serialVersionUID = 1L;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return Set.of(MediaType.parse(DOCX));
    }
  }
}
