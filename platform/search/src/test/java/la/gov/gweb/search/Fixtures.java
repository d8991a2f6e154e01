package la.gov.gweb.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Attachment files for tests. The committed ones are demo attachments of the site {@code mtc}
 * ({@code tenants/mtc/attachments}): a Lao PDF exported by LibreOffice, a Lao DOCX, and the same
 * DOCX converted to ODT by LibreOffice. The broken and protected ones are made from them here.
 */
public final class Fixtures {

  /** A one-page Lao decision, exported to PDF by LibreOffice 7.4. */
  public static final String LAO_PDF = "decision-0123-2023.pdf";

  /** A Lao decree as Word 2007+ document. */
  public static final String LAO_DOCX = "decree-245-2025.docx";

  /** The same decree as OpenDocument text. */
  public static final String LAO_ODT = "decree-245-2025.odt";

  private Fixtures() {}

  /** The path of a committed fixture. */
  public static Path resource(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("No fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Lao PDF protected by a password that readers must type, as PDFBox writes it. */
  public static Path encryptedPdf(Path directory) throws IOException {
    Path target = directory.resolve("decision-encrypted.pdf");
    try (PDDocument document = Loader.loadPDF(resource(LAO_PDF).toFile())) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "reader-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(target.toFile());
    }
    return target;
  }

  /** The Lao PDF cut off at two thirds, as an interrupted upload leaves it. */
  public static Path truncatedPdf(Path directory) throws IOException {
    byte[] bytes = Files.readAllBytes(resource(LAO_PDF));
    Path target = directory.resolve("decision-truncated.pdf");
    Files.write(target, Arrays.copyOf(bytes, bytes.length * 2 / 3));
    return target;
  }

  /** A PDF with one blank page: a file without a text layer, like a scan. */
  public static Path blankPdf(Path directory) throws IOException {
    Path target = directory.resolve("scan.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.save(target.toFile());
    }
    return target;
  }

  /** A small Lao fee table as an Excel 2007+ workbook. */
  public static Path laoXlsx(Path directory) {
    Path target = directory.resolve("fees.xlsx");
    String[][] rows = {
      {"ລຳດັບ", "ປະເພດການບໍລິການ", "ຄ່າທຳນຽມ (ກີບ)"},
      {"1", "ການຈົດທະບຽນຊື່ໂດເມນ .gov.la", "ບໍ່ເສຍຄ່າ"},
      {"2", "ການອອກໃບຢັ້ງຢືນລາຍເຊັນເອເລັກໂຕຣນິກ", "150000"}
    };
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(target)) {
      XSSFSheet sheet = workbook.createSheet("ຄ່າທຳນຽມ");
      for (int r = 0; r < rows.length; r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
