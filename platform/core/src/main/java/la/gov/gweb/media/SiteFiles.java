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

    /** The stored file under a key, if there is one. */
    public Optional<Path> find(TenantSlug site, StorageKey key) {
        Path file = root(site).resolve(key.value());
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Removes every file of a site, for a site that is deleted or whose creation failed. */
    public void deleteAll(TenantSlug site) {
        Path root = root(site);
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
