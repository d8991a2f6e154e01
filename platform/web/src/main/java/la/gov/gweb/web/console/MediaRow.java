package la.gov.gweb.web.console;

import java.io.Serializable;
import java.time.Instant;
import la.gov.gweb.media.MediaFile;
import la.gov.gweb.media.MediaKind;
import la.gov.gweb.media.MediaTypes;

/** One file as the media screen shows it; a plain value, so the view state never holds an entity. */
public record MediaRow(long id, String path, String fileName, String mediaType, MediaKind kind, long byteSize,
                       Integer width, Integer height, String titleLo, String titleEn, String altLo, String altEn,
                       String uploadedBy, Instant uploadedAt, String replacedBy, Instant replacedAt, String sha256)
        implements Serializable {

    static MediaRow of(MediaFile file) {
        return new MediaRow(file.id(), file.path(), file.fileName(), file.mediaType(), file.kind(), file.byteSize(),
                file.width(), file.height(), file.title().lo(), file.title().en(), file.alt().lo(), file.alt().en(),
                file.uploadedBy(), file.uploadedAt(), file.replacedBy(), file.replacedAt(), file.sha256());
    }

    public boolean isImage() {
        return kind == MediaKind.IMAGE;
    }

    /** JPEG, PDF, DOCX...: what webmasters call the type. */
    public String typeLabel() {
        return MediaTypes.label(mediaType);
    }

    /** The size in kB or MB, one decimal for MB. */
    public String sizeLabel() {
        return byteSize >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", byteSize / (1024.0 * 1024))
                : Math.max(1, byteSize / 1024) + " kB";
    }

    /**
     * The thumbnail's address: the narrowest variant, with the content's hash so that a browser
     * shows a replaced image at once instead of its stored copy.
     */
    public String thumbnail() {
        return "/" + path + "?w=480&v=" + sha256.substring(0, 12);
    }

    /** PrimeIcons class of a document's icon. */
    public String icon() {
        return switch (typeLabel()) {
            case "PDF" -> "pi pi-file-pdf";
            case "DOCX", "ODT" -> "pi pi-file-word";
            case "XLSX" -> "pi pi-file-excel";
            default -> "pi pi-file";
        };
    }
}
