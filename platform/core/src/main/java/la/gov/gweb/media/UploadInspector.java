package la.gov.gweb.media;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Decides what a received file really is, from its content with Tika (the name only breaks ties
 * between types sharing a signature, such as ZIP-based documents), and refuses what the library
 * does not take: empty files, other types, images larger than the pixel limit or without a
 * readable header, damaged or bomb-like documents. Each refusal carries a message key for the user.
 */
public final class UploadInspector {

    static final Set<String> ALLOWED = Set.of(
            "image/jpeg", "image/png", "image/webp", "image/gif",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text");

    /** 40 megapixels: any camera photo, far below what would exhaust the memory when decoded. */
    public static final long MAX_PIXELS = 40_000_000L;

    private final Detector detector = new DefaultDetector();

    public Inspection inspect(Path file, String fileName) {
        String type = detect(file, fileName);
        if (!ALLOWED.contains(type)) {
            throw new UploadRefusedException("upload.typeNotAllowed", type);
        }
        return check(file, type);
    }

    /**
     * Like {@link #inspect}, where only an image will do (a site's logo): any other type, SVG
     * included (it can carry script), is refused as not an image.
     */
    public Inspection inspectImage(Path file, String fileName) {
        String type = detect(file, fileName);
        if (MediaKind.of(type) != MediaKind.IMAGE || !ALLOWED.contains(type)) {
            throw new UploadRefusedException("upload.notImage", type);
        }
        return check(file, type);
    }

    private static Inspection check(Path file, String type) {
        if (type.startsWith("image/")) {
            ImageHeader.Size size = ImageHeader.read(file, type)
                    .orElseThrow(() -> new UploadRefusedException("upload.image.damaged", MediaTypes.label(type)));
            if (size.pixels() > MAX_PIXELS) {
                throw new UploadRefusedException("upload.image.tooManyPixels", String.valueOf(size.width()),
                        String.valueOf(size.height()),
                        MAX_PIXELS / 1_000_000);
            }
            return new Inspection(type, size.width(), size.height());
        }
        if (type.equals("application/pdf")) {
            PdfCheck.check(file);
        } else if (OfficeArchiveCheck.applies(type)) {
            OfficeArchiveCheck.check(file, type);
        }
        return new Inspection(type, null, null);
    }

    /** An empty file has no type worth naming: it is refused as empty, not as "text/plain". */
    private String detect(Path file, String fileName) {
        if (isEmpty(file)) {
            throw new UploadRefusedException("upload.empty");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return detector.detect(in, metadata).getBaseType().toString();
        } catch (IOException unreadable) {
            throw new UploadRefusedException("upload.interrupted");
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException unreadable) {
            throw new UploadRefusedException("upload.interrupted");
        }
    }
}
