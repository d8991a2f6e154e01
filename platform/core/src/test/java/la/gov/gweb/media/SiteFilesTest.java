package la.gov.gweb.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSlug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SiteFilesTest {

    private static final TenantSlug SITE = TenantSlug.of("mtc");
    private static final StorageKey KEY = new StorageKey("media/2026/11/ab12cd34-a.pdf");

    @TempDir
    Path data;

    private final SiteFiles files = new SiteFiles();

    @BeforeEach
    void settings() {
        files.settings = new PlatformSettings(data, "", "", "", data, "gweb_site_", HostName.of("localhost"), "admin",
                Optional.empty(), 1000);
    }

    @Test
    void anUploadOverTheLimitStopsThereAndLeavesNothing() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> files.receive(SITE, endless, 1000));
        assertEquals("upload.tooLarge", refused.key());
        try (var left = Files.list(data.resolve("sites/mtc/files/.incoming"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aReplacementCanBeUndoneByteForByte() throws Exception {
        files.keep(SITE, files.receive(SITE, new ByteArrayInputStream(new byte[] {1, 2, 3}), 1000), KEY);
        ReceivedFile second = files.receive(SITE, new ByteArrayInputStream(new byte[] {4, 5}), 1000);
        assertEquals(2, second.size());
        Path earlier = files.replace(SITE, second, KEY);
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(files.path(SITE, KEY)));
        files.restore(SITE, earlier, KEY);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(files.path(SITE, KEY)));
        assertTrue(files.find(SITE, KEY).isPresent());
    }
}
