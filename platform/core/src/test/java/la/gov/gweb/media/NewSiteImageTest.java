package la.gov.gweb.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.tenant.HostName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new site's logo, received before the site exists: checked like an upload, kept outside every
 * site's folder, and nothing of a refused one left on disk.
 */
final class NewSiteImageTest {

    private static final long LIMIT = 10_000;

    @TempDir
    Path data;

    private final MediaLibrary media = new MediaLibrary();

    @BeforeEach
    void settings() {
        PlatformSettings settings = new PlatformSettings(data, "", "", "", data, "gweb_site_", HostName.of("localhost"),
                "admin", Optional.empty(), LIMIT);
        media.settings = settings;
        media.files = new SiteFiles();
        media.files.settings = settings;
    }

    @Test
    void anImageWaitsOutsideEverySiteUntilItIsTakenOrDiscarded() throws Exception {
        byte[] png = TestFiles.image("png", 120, 60);
        StoredContent logo = media.receiveImage("../Emblem.png", png.length, new ByteArrayInputStream(png));
        assertEquals("Emblem.png", logo.fileName());
        assertEquals(new Inspection("image/png", 120, 60), logo.inspection());
        assertEquals(png.length, logo.received().size());
        assertEquals(data.resolve(".incoming"), logo.received().temporary().getParent());
        assertFalse(Files.exists(data.resolve("sites")), "no site's folder is touched");
        media.discard(logo);
        assertEquals(0, leftovers());
    }

    @Test
    void aFileThatDeclaresMoreThanTheLimitIsRefusedBeforeAByteIsRead() {
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read although the declared size was over the limit");
            }
        };
        assertEquals("upload.tooLarge", assertThrows(UploadRefusedException.class,
                () -> media.receiveImage("logo.png", LIMIT + 1, unread)).key());
    }

    @Test
    void aFileOfUnknownSizeIsCutOffAtTheLimitAndNothingStays() throws Exception {
        byte[] large = new byte[(int) LIMIT + 500];
        System.arraycopy(TestFiles.image("png", 8, 8), 0, large, 0, 50);
        assertEquals("upload.tooLarge", assertThrows(UploadRefusedException.class,
                () -> media.receiveImage("logo.png", -1, new ByteArrayInputStream(large))).key());
        assertEquals(0, leftovers());
    }

    @Test
    void whatIsNotAnImageIsRefusedAndRemoved() throws Exception {
        Map<String, byte[]> refusals = Map.of("upload.empty", new byte[0], "upload.notImage", TestFiles.pdf(true),
                "upload.image.damaged", Arrays.copyOf(TestFiles.image("png", 10, 10), 14));
        refusals.forEach((key, content) -> assertEquals(key, assertThrows(UploadRefusedException.class,
                () -> media.receiveImage("logo.png", content.length, new ByteArrayInputStream(content))).key()));
        assertEquals(0, leftovers());
    }

    private long leftovers() throws Exception {
        Path incoming = data.resolve(".incoming");
        assertTrue(Files.isDirectory(incoming));
        try (Stream<Path> left = Files.list(incoming)) {
            return left.count();
        }
    }
}
