package la.gov.gweb.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifiedArchiveTest {

    static final ArchiveLimits LIMITS = ArchiveLimits.DEFAULT;

    @TempDir
    Path folder;

    @Test
    void aSoundArchiveOpensAndItsEntriesReadBack() throws IOException {
        Map<String, byte[]> content = content();
        try (VerifiedArchive archive = VerifiedArchive.open(write(signed(content)), LIMITS);
             InputStream in = archive.open("files/media/logo.svg")) {
            archive.checkContent();
            assertArrayEquals(content.get("files/media/logo.svg"), in.readAllBytes());
            assertEquals("mtc", archive.manifest().site().slug().value());
        }
    }

    @Test
    void aTruncatedArchiveOrAnythingElseIsNotAZip() throws IOException {
        byte[] zip = signed(content());
        assertRefused("archive.notZip", Arrays.copyOf(zip, zip.length - 30));
        assertRefused("archive.notZip", Arrays.copyOf(zip, zip.length / 2));
        assertRefused("archive.notZip", "MZ not a zip".getBytes(StandardCharsets.US_ASCII));
        assertRefused("archive.notZip", new byte[0]);
    }

    @Test
    void aChangedMissingOrExtraEntryIsTampering() throws IOException {
        Map<String, byte[]> content = content();
        ArchiveManifest manifest = manifestOf(content);
        Map<String, byte[]> changed = new LinkedHashMap<>(content);
        changed.put("files/media/logo.svg", "<svg>changed</svg>".getBytes(StandardCharsets.UTF_8));
        assertRefused("archive.tampered", zip(changed, manifest));
        Map<String, byte[]> missing = new LinkedHashMap<>(content);
        missing.remove("db/menu_item.jsonl");
        assertRefused("archive.tampered", zip(missing, manifest));
        Map<String, byte[]> extra = new LinkedHashMap<>(content);
        extra.put("files/media/extra.png", new byte[] {1});
        assertRefused("archive.tampered", zip(extra, manifest));
    }

    @Test
    void anArchiveWithoutManifestOrWithANewerOneIsRefused() throws IOException {
        assertRefused("archive.manifest", zip(content(), null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write("{\"format\": 7}".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused("archive.newer", bytes.toByteArray());
    }

    @Test
    void unsafeAndDuplicateNamesAreRefused() throws IOException {
        Map<String, byte[]> content = content();
        for (String name : List.of("../x", "/abs", "files\\media\\x.svg")) {
            Map<String, byte[]> unsafe = new LinkedHashMap<>(content);
            unsafe.put(name, new byte[] {1});
            assertRefused("archive.unsafeName", zip(unsafe, manifestOf(content)));
        }
        Map<String, byte[]> twice = new LinkedHashMap<>(content);
        twice.put("files/media/logo.svh", content.get("files/media/logo.svg"));
        byte[] zip = zip(twice, manifestOf(content));
        assertRefused("archive.duplicate", replaceAll(zip, "logo.svh", "logo.svg"));
    }

    @Test
    void anEntryThatExpandsFarBeyondItsPackedSizeIsABomb() throws IOException {
        Map<String, byte[]> content = content();
        content.put("db/search_outbox.jsonl", new byte[20 * 1024 * 1024]);
        assertRefused("archive.bomb", signed(content));
    }

    @Test
    void anEntryLongerThanListedStopsAtItsListedSize() throws IOException {
        Map<String, byte[]> content = content();
        ArchiveManifest honest = manifestOf(content);
        Map<String, ArchiveManifest.Entry> entries = new LinkedHashMap<>(honest.entries());
        entries.put("db/menu_item.jsonl", new ArchiveManifest.Entry(honest.entries().get("db/menu_item.jsonl").sha256(), 3));
        ArchiveManifest understated = new ArchiveManifest(honest.format(), honest.platform(), honest.exportedAt(),
                honest.site(), honest.schemaVersion(), honest.counts(), entries);
        assertRefused("archive.tampered", zip(content, understated));
    }

    @Test
    void tooManyEntriesOrTooMuchInAllAreRefusedBeforeReading() throws IOException {
        byte[] zip = signed(content());
        assertEquals("archive.tooManyEntries", refusal(zip, new ArchiveLimits(LIMITS.maxArchiveBytes(), 2,
                LIMITS.maxExpandedBytes())));
        assertEquals("archive.tooLarge", refusal(zip, new ArchiveLimits(LIMITS.maxArchiveBytes(), LIMITS.maxEntries(),
                10)));
    }

    private void assertRefused(String key, byte[] zip) throws IOException {
        assertEquals(key, refusal(zip, LIMITS));
    }

    private String refusal(byte[] zip, ArchiveLimits limits) throws IOException {
        Path file = write(zip);
        RejectedException refused = assertThrows(RejectedException.class, () -> {
            try (VerifiedArchive archive = VerifiedArchive.open(file, limits)) {
                archive.checkContent();
            }
        });
        assertEquals(RejectedException.Reason.INVALID, refused.reason());
        return refused.problems().get(0).key();
    }

    private Path write(byte[] zip) throws IOException {
        return Files.write(Files.createTempFile(folder, "archive", ".zip"), zip);
    }

    private static Map<String, byte[]> content() {
        Map<String, byte[]> content = new LinkedHashMap<>();
        content.put("db/content_item.jsonl", "{\"id\":1,\"title_lo\":\"ຂ່າວ\"}\n".getBytes(StandardCharsets.UTF_8));
        content.put("db/menu_item.jsonl", "{\"id\":1,\"parent_id\":null}\n".getBytes(StandardCharsets.UTF_8));
        content.put("files/media/logo.svg", "<svg/>".getBytes(StandardCharsets.UTF_8));
        return content;
    }

    private static byte[] signed(Map<String, byte[]> content) throws IOException {
        return zip(content, manifestOf(content));
    }

    private static ArchiveManifest manifestOf(Map<String, byte[]> content) {
        Map<String, ArchiveManifest.Entry> entries = new LinkedHashMap<>();
        content.forEach((name, bytes) -> entries.put(name, new ArchiveManifest.Entry(sha256(bytes), bytes.length)));
        return new ArchiveManifest(ArchiveFormat.VERSION, "G-Web test", Instant.now(),
                new ArchiveManifest.Site(TenantSlug.of("mtc"), LocalizedText.of("ກະຊວງ", "Ministry"),
                        List.of(HostName.of("mtc.localhost")), "gweb-standard", TenantStatus.ACTIVE),
                "4", Map.of(), entries);
    }

    private static byte[] zip(Map<String, byte[]> content, ArchiveManifest manifest) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : content.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
            }
            if (manifest != null) {
                out.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
                out.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] replaceAll(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        byte[] copy = zip.clone();
        for (int i = 0; i <= copy.length - a.length; i++) {
            if (Arrays.equals(copy, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, copy, i, b.length);
            }
        }
        return copy;
    }
}
