package la.gov.gweb.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class UploadInspectorTest {

    @TempDir
    Path folder;

    private final UploadInspector inspector = new UploadInspector();

    @Test
    void anImageIsTypedFromItsContentWithItsSize() throws Exception {
        Inspection jpeg = inspector.inspect(TestFiles.write(folder, "a", TestFiles.image("jpeg", 640, 480)), "photo.png");
        assertEquals(new Inspection("image/jpeg", 640, 480), jpeg);
    }

    @Test
    void anExecutableNamedPdfIsRefused() throws Exception {
        byte[] exe = "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        UploadRefusedException refused = assertThrows(UploadRefusedException.class,
                () -> inspector.inspect(TestFiles.write(folder, "exe", exe), "decree.pdf"));
        assertEquals("upload.typeNotAllowed", refused.key());
    }

    @Test
    void anImageOverThePixelLimitIsRefusedFromItsHeaderAlone() throws Exception {
        Path bomb = TestFiles.write(folder, "bomb.png", TestFiles.pngClaiming(50_000, 50_000));
        UploadRefusedException refused = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(UploadRefusedException.class, () -> inspector.inspect(bomb, "bomb.png")));
        assertEquals("upload.image.tooManyPixels", refused.key());
        assertArrayEquals(new Object[] {"50000", "50000", 40L}, refused.arguments());
    }

    @Test
    void anImageWithADamagedHeaderIsRefused() throws Exception {
        byte[] png = TestFiles.image("png", 10, 10);
        byte[] cut = java.util.Arrays.copyOf(png, 14);
        UploadRefusedException refused = assertThrows(UploadRefusedException.class,
                () -> inspector.inspect(TestFiles.write(folder, "cut.png", cut), "cut.png"));
        assertEquals("upload.image.damaged", refused.key());
    }

    @Test
    void aSoundDocxIsTakenAndAZipNamedDocxIsNot() throws Exception {
        Path docx = TestFiles.write(folder, "a.docx", TestFiles.docx("<w:document/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                inspector.inspect(docx, "decree.docx").mediaType());
        Path zip = TestFiles.write(folder, "b.docx", TestFiles.zip(Map.of("readme.txt", new byte[10])));
        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> inspector.inspect(zip, "decree.docx"));
        assertEquals("upload.damaged", refused.key());
        assertArrayEquals(new Object[] {"DOCX"}, refused.arguments());
    }

    @Test
    void aZipBombIsRefusedQuicklyWithoutExpandingIt() throws Exception {
        Path bomb = TestFiles.write(folder, "bomb.docx", TestFiles.docxBomb());
        UploadRefusedException refused = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> assertThrows(UploadRefusedException.class, () -> inspector.inspect(bomb, "report.docx")));
        assertEquals("upload.archive.bomb", refused.key());
    }

    @Test
    void aTruncatedPdfIsRefusedAndACompleteOneTaken() throws Exception {
        assertEquals("application/pdf", inspector.inspect(TestFiles.write(folder, "ok.pdf", TestFiles.pdf(true)), "ok.pdf").mediaType());
        UploadRefusedException refused = assertThrows(UploadRefusedException.class,
                () -> inspector.inspect(TestFiles.write(folder, "cut.pdf", TestFiles.pdf(false)), "cut.pdf"));
        assertEquals("upload.pdf.damaged", refused.key());
    }

    @Test
    void aWebpHeaderGivesItsSize() throws Exception {
        byte[] webp = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        System.arraycopy("WEBPVP8X".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
        webp[24] = (byte) (1919 & 0xFF);
        webp[25] = (byte) (1919 >> 8);
        webp[27] = (byte) (1079 & 0xFF);
        webp[28] = (byte) (1079 >> 8);
        Inspection inspection = inspector.inspect(TestFiles.write(folder, "a.webp", webp), "a.webp");
        assertEquals(new Inspection("image/webp", 1920, 1080), inspection);
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() throws Exception {
        Path empty = TestFiles.write(folder, "empty.png", new byte[0]);
        assertEquals("upload.empty", assertThrows(UploadRefusedException.class, () -> inspector.inspect(empty, "empty.png")).key());
        assertEquals("upload.empty", assertThrows(UploadRefusedException.class, () -> inspector.inspectImage(empty, "empty.png")).key());
    }

    @Test
    void whereOnlyAnImageWillDoAnImageIsTakenAndADocumentIsNot() throws Exception {
        assertEquals(new Inspection("image/png", 64, 32),
                inspector.inspectImage(TestFiles.write(folder, "logo", TestFiles.image("png", 64, 32)), "emblem.png"));
        UploadRefusedException refused = assertThrows(UploadRefusedException.class,
                () -> inspector.inspectImage(TestFiles.write(folder, "ok.pdf", TestFiles.pdf(true)), "emblem.png"));
        assertEquals("upload.notImage", refused.key());
        assertArrayEquals(new Object[] {"application/pdf"}, refused.arguments());
    }

    @Test
    void anSvgIsNotAnImageTheLibraryTakesWithScriptOrWithout() throws Exception {
        for (String svg : List.of("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>")) {
            Path file = TestFiles.write(folder, "logo.svg", svg.getBytes(StandardCharsets.UTF_8));
            UploadRefusedException refused = assertThrows(UploadRefusedException.class,
                    () -> inspector.inspectImage(file, "logo.svg"));
            assertEquals("upload.notImage", refused.key());
            assertArrayEquals(new Object[] {"image/svg+xml"}, refused.arguments());
        }
    }

    @Test
    void bytesThatAreNotWhatTheNameSaysAreJudgedByWhatTheyAre() throws Exception {
        UploadRefusedException html = assertThrows(UploadRefusedException.class, () -> inspector.inspectImage(
                TestFiles.write(folder, "page.png", "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8)),
                "emblem.png"));
        assertEquals("upload.notImage", html.key());
        byte[] cut = java.util.Arrays.copyOf(TestFiles.image("png", 10, 10), 14);
        assertEquals("upload.image.damaged", assertThrows(UploadRefusedException.class,
                () -> inspector.inspectImage(TestFiles.write(folder, "cut.png", cut), "emblem.png")).key());
    }
}
