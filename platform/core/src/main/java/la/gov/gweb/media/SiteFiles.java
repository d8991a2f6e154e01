package la.gov.gweb.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.content.StoredFileRef;
import la.gov.gweb.tenant.TenantSlug;

/** Stores and finds the files of each site under {@code <data>/sites/<slug>/files/<key>}. */
@ApplicationScoped
public class SiteFiles {

    /** Where uploads wait while they are inspected; a hidden name is never a valid storage key. */
    private static final String INCOMING = ".incoming";

    @Inject
    PlatformSettings settings;

    /** Copies a file into the site's store under the given key, replacing what was there. */
    public StoredFileRef store(TenantSlug site, StorageKey key, InputStream content, String fileName) {
        Path target = root(site).resolve(key.value());
        try {
            Files.createDirectories(target.getParent());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Path temporary = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            try (InputStream digesting = new DigestInputStream(content, sha256)) {
                Files.copy(digesting, temporary, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return new StoredFileRef(key.value(), fileName, MediaTypes.byFileName(fileName), Files.size(target),
                    HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + key + " of site " + site, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes an upload to a temporary file in the site's folder, counting and hashing it, and stops
     * as soon as it passes the limit. The file is not under any key until {@link #keep} or
     * {@link #replace}; {@link #discard} removes it.
     */
    public ReceivedFile receive(TenantSlug site, InputStream content, long limit) {
        return receive(root(site).resolve(INCOMING), content, limit);
    }

    /**
     * Like {@link #receive(TenantSlug, InputStream, long)}, for a site that does not exist yet (its
     * logo, sent with the request that creates it): the file waits in the platform's own incoming
     * folder, so a refused or conflicting creation never touches a folder that may be another
     * site's, and {@link #keep} moves it into the site once the site is being made.
     */
    public ReceivedFile receiveForNewSite(InputStream content, long limit) {
        return receive(settings.dataDir().resolve(INCOMING), content, limit);
    }

    private static ReceivedFile receive(Path incoming, InputStream content, long limit) {
        Path temporary = null;
        try {
            Files.createDirectories(incoming);
            temporary = Files.createTempFile(incoming, "upload", ".tmp");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream digesting = new DigestInputStream(new LimitedInputStream(content, limit,
                    () -> new UploadRefusedException("upload.tooLarge", limit / (1024 * 1024))), sha256)) {
                Files.copy(digesting, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            return new ReceivedFile(temporary, Files.size(temporary), HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            if (e instanceof UploadRefusedException refused) {
                throw refused;
            }
            throw new UploadRefusedException("upload.interrupted");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts a received file under a new key. */
    public Path keep(TenantSlug site, ReceivedFile received, StorageKey key) {
        Path target = root(site).resolve(key.value());
        try {
            Files.createDirectories(target.getParent());
            return Files.move(received.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + key + " of site " + site, e);
        }
    }

    /**
     * Puts a received file under an existing key at once, and keeps the earlier content aside so
     * that {@link #restore} can put it back if the change is not committed.
     */
    public Path replace(TenantSlug site, ReceivedFile received, StorageKey key) {
        Path target = root(site).resolve(key.value());
        try {
            Path earlier = Files.createTempFile(root(site).resolve(INCOMING), "earlier", ".tmp");
            Files.copy(target, earlier, StandardCopyOption.REPLACE_EXISTING);
            Files.move(received.temporary(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return earlier;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not replace " + key + " of site " + site, e);
        }
    }

    /** Puts back the content that {@link #replace} kept aside. */
    public void restore(TenantSlug site, Path earlier, StorageKey key) {
        try {
            Files.move(earlier, root(site).resolve(key.value()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restore " + key + " of site " + site, e);
        }
    }

    public void discard(ReceivedFile received) {
        deleteQuietly(received.temporary());
    }

    /** Removes a stored file and its derived files ({@code <key>.*}), if there are any. */
    public void delete(TenantSlug site, StorageKey key) {
        Path file = root(site).resolve(key.value());
        try {
            Files.deleteIfExists(file);
            ImageVariants.deleteAll(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + key + " of site " + site, e);
        }
    }

    /** Where a key's file is or would be. */
    public Path path(TenantSlug site, StorageKey key) {
        return root(site).resolve(key.value());
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file in .incoming harms nothing and is never served
            }
        }
    }

    /** The stored file under a key, if there is one. */
    public Optional<Path> find(TenantSlug site, StorageKey key) {
        Path file = root(site).resolve(key.value());
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Removes every file of a site, for a site that is deleted or whose creation failed. */
    public void deleteAll(TenantSlug site) {
        deleteTree(root(site), site);
    }

    /** Removes all a site keeps on disk, its files and its search index, for a site whose creation failed. */
    public void deleteSiteFolder(TenantSlug site) {
        deleteTree(root(site).getParent(), site);
    }

    private static void deleteTree(Path root, TenantSlug site) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the files of site " + site, e);
        }
    }

    private Path root(TenantSlug site) {
        return settings.siteFilesDir(site.value());
    }
}
