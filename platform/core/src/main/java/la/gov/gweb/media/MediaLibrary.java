package la.gov.gweb.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.content.StoredFileRef;
import la.gov.gweb.tenant.TenantSlug;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Takes uploads into a site's file store. The type is detected from the content with Tika, not
 * taken from the name, so an executable renamed {@code .pdf} is refused; only images and office
 * documents are accepted, up to the configured size.
 */
@ApplicationScoped
public class MediaLibrary {

    static final Set<String> ALLOWED = Set.of(
            "image/jpeg", "image/png", "image/webp", "image/gif",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text");

    private static final ZoneId VIENTIANE = ZoneId.of("Asia/Vientiane");

    @Inject
    SiteFiles files;

    @Inject
    PlatformSettings settings;

    private final Detector detector = new DefaultDetector();
    private final SecureRandom random = new SecureRandom();

    /**
     * Stores an upload under a new key in {@code media/}; refused when too large or of a type not
     * allowed. A size of -1 means unknown: the limit is then enforced while reading.
     */
    public StoredFileRef upload(TenantSlug site, String fileName, long size, InputStream content) {
        if (size > settings.maxUploadBytes()) {
            throw new UploadRefusedException("upload.tooLarge", settings.maxUploadBytes() / (1024 * 1024));
        }
        try (InputStream in = new BufferedInputStream(new LimitedInputStream(content, settings.maxUploadBytes()))) {
            String type = detect(in, fileName);
            if (!ALLOWED.contains(type)) {
                throw new UploadRefusedException("upload.typeNotAllowed", type);
            }
            StoredFileRef stored = files.store(site, newKey(fileName), in, fileName);
            return new StoredFileRef(stored.storageKey(), stored.fileName(), type, stored.byteSize(), stored.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String detect(InputStream in, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type = detector.detect(in, metadata);
        return type.getBaseType().toString();
    }

    private StorageKey newKey(String fileName) {
        LocalDate today = LocalDate.now(VIENTIANE);
        byte[] unique = new byte[4];
        random.nextBytes(unique);
        return new StorageKey(String.format(Locale.ROOT, "media/%d/%02d/%s-%s", today.getYear(),
                today.getMonthValue(), HexFormat.of().formatHex(unique), safeName(fileName)));
    }

    /** Keeps the readable part of a name for the URL: ASCII letters, digits, dots and hyphens. */
    static String safeName(String fileName) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        String safe = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|-+$", "");
        if (safe.length() > 80) {
            safe = safe.substring(safe.length() - 80);
        }
        return safe.isEmpty() || safe.startsWith(".") ? "file" : safe;
    }
}
