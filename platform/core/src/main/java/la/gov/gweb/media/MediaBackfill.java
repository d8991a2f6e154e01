package la.gov.gweb.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import la.gov.gweb.content.StoredFileRef;
import la.gov.gweb.persistence.TenantStores;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Records in a site's library the files under {@code media/} that it has no row for: those
 * stored before the library existed. Runs when a start has just migrated a site's schema.
 */
@ApplicationScoped
public class MediaBackfill {

    private static final Pattern VARIANT = Pattern.compile(".*\\.w\\d+\\.(jpg|png)$");

    @Inject
    TenantStores stores;

    @Inject
    SiteFiles files;

    @Inject
    MediaLibrary media;

    /** Returns how many files were recorded. */
    @Transactional
    public int adoptUnrecorded(TenantSnapshot tenant) {
        Path folder = files.path(tenant.slug(), new StorageKey("media"));
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        EntityManager em = stores.open(tenant);
        try {
            Set<String> recorded = new HashSet<>(em.createQuery("select m.storageKey from MediaFile m", String.class)
                    .getResultList());
            Path root = folder.getParent();
            int adopted = 0;
            for (Path file : unrecorded(folder, root, recorded)) {
                media.adopt(em, tenant.slug(), describe(root.relativize(file).toString().replace('\\', '/'), file));
                adopted++;
            }
            return adopted;
        } finally {
            em.close();
        }
    }

    private static List<Path> unrecorded(Path folder, Path root, Set<String> recorded) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !VARIANT.matcher(p.getFileName().toString()).matches())
                    .filter(p -> {
                        String key = root.relativize(p).toString().replace('\\', '/');
                        return StorageKey.isValid(key) && !recorded.contains(key);
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
        }
    }

    private static StoredFileRef describe(String key, Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            return new StoredFileRef(key, file.getFileName().toString(), MediaTypes.byFileName(key), Files.size(file), sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
