package la.gov.gweb.media;

import java.util.Locale;
import java.util.Map;

/** Media types of the files a site serves, known by their extension. */
public final class MediaTypes {

    public static final String OCTET_STREAM = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("doc", "application/msword"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("webp", "image/webp"),
            Map.entry("gif", "image/gif"),
            Map.entry("svg", "image/svg+xml"));

    private static final Map<String, String> LABELS = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX",
            "application/vnd.oasis.opendocument.text", "ODT",
            "image/jpeg", "JPEG",
            "image/png", "PNG",
            "image/webp", "WebP",
            "image/gif", "GIF");

    private MediaTypes() {
    }

    /** A short name users know a type by, such as {@code DOCX} or {@code JPEG}. */
    public static String label(String mediaType) {
        return LABELS.getOrDefault(mediaType, mediaType);
    }

    /** The extension a file of this type is stored under, such as {@code jpg}; {@code bin} when unknown. */
    public static String extension(String mediaType) {
        return LABELS.containsKey(mediaType) ? LABELS.get(mediaType).toLowerCase(Locale.ROOT).replace("jpeg", "jpg") : "bin";
    }

    public static String byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, OCTET_STREAM);
    }
}
