package la.gov.gweb.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class MediaFileTest {

    private static final StorageKey KEY = new StorageKey("media/2026/11/ab12cd34-lead.jpg");

    @Test
    void anUploadIsRecordedWithWhoWhenAndWhat() {
        Instant at = Instant.parse("2026-11-22T03:00:00Z");
        MediaFile file = new MediaFile(KEY, content("ພາບ.jpg", "aa", 1000, "image/jpeg", 800, 600), "mtc-author", at);
        assertEquals("media/2026/11/ab12cd34-lead.jpg", file.path());
        assertEquals("ພາບ.jpg", file.fileName());
        assertEquals(MediaKind.IMAGE, file.kind());
        assertEquals(800, file.width());
        assertEquals("mtc-author", file.uploadedBy());
        assertEquals(at, file.uploadedAt());
        assertNull(file.replacedAt());
    }

    @Test
    void aReplacementKeepsTheKeyAndRecordsTheNewContent() {
        MediaFile file = new MediaFile(KEY, content("a.pdf", "aa", 1000, "application/pdf", null, null), "mtc-author",
                Instant.EPOCH);
        Instant at = Instant.parse("2026-11-22T04:00:00Z");
        file.replaceWith(content("a-v2.pdf", "bb", 2000, "application/pdf", null, null), "mtc-editor", at);
        assertEquals(KEY, file.storageKey());
        assertEquals("bb", file.sha256());
        assertEquals(2000, file.byteSize());
        assertEquals("a-v2.pdf", file.fileName());
        assertEquals(MediaKind.DOCUMENT, file.kind());
        assertEquals("mtc-editor", file.replacedBy());
        assertEquals(at, file.replacedAt());
        assertEquals("mtc-author", file.uploadedBy());
    }

    private static StoredContent content(String name, String sha, long size, String type, Integer w, Integer h) {
        return new StoredContent(name, new ReceivedFile(Path.of("x"), size, sha), new Inspection(type, w, h));
    }
}
