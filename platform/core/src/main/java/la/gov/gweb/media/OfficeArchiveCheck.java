package la.gov.gweb.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a DOCX, XLSX or ODT, which are ZIP archives, before it is kept: it must hold the parts
 * of its type (a renamed ZIP is not a document), and no entry may expand far beyond its packed
 * size nor all of them beyond a total, so a zip bomb is refused after reading at most that total
 * instead of filling the memory or disk of whatever opens it later (search indexing, previews).
 */
public final class OfficeArchiveCheck {

    /** As Apache POI's ZipSecureFile: text compresses about 10 times, a bomb thousands of times. */
    public static final int MAX_RATIO = 100;
    /** Entries may expand freely up to this much before the ratio applies. */
    public static final long FREE_BYTES = 1024 * 1024;
    static final long MAX_TOTAL_EXPANDED = 1024L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private static final Map<String, List<String>> REQUIRED_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            List.of("[Content_Types].xml", "word/document.xml"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            List.of("[Content_Types].xml", "xl/workbook.xml"),
            "application/vnd.oasis.opendocument.text",
            List.of("mimetype", "content.xml"));

    private OfficeArchiveCheck() {
    }

    static boolean applies(String mediaType) {
        return REQUIRED_PARTS.containsKey(mediaType);
    }

    /** Refuses the file with a message for the user, or returns when it is a sound document. */
    static void check(Path file, String mediaType) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new UploadRefusedException("upload.archive.bomb");
            }
            for (String part : REQUIRED_PARTS.get(mediaType)) {
                if (zip.getEntry(part) == null) {
                    throw new UploadRefusedException("upload.damaged", MediaTypes.label(mediaType));
                }
            }
            if (mediaType.equals("application/vnd.oasis.opendocument.text") && !odtMimetype(zip)) {
                throw new UploadRefusedException("upload.damaged", MediaTypes.label(mediaType));
            }
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                total = expand(zip, entries.nextElement(), total);
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof UploadRefusedException refused) {
                throw refused;
            }
            throw new UploadRefusedException("upload.damaged", MediaTypes.label(mediaType));
        }
    }

    /**
     * Inflates one entry without keeping it, counting bytes against its packed size (read from
     * the archive's directory, which bounds what the inflater is given) and the running total.
     */
    private static long expand(ZipFile zip, ZipEntry entry, long totalBefore) throws IOException {
        long allowed = Math.max(FREE_BYTES, entry.getCompressedSize() * MAX_RATIO);
        long expanded = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                expanded += n;
                if (expanded > allowed || totalBefore + expanded > MAX_TOTAL_EXPANDED) {
                    throw new UploadRefusedException("upload.archive.bomb");
                }
            }
        }
        return totalBefore + expanded;
    }

    private static boolean odtMimetype(ZipFile zip) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry("mimetype"))) {
            return new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim()
                    .equals("application/vnd.oasis.opendocument.text");
        }
    }
}
