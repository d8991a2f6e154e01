package la.gov.gweb.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import la.gov.gweb.media.LimitedInputStream;

/**
 * A received archive, checked in full before anything is created from it: a readable ZIP within
 * the limits, only safe and distinct names, a manifest of a format this platform reads, exactly the
 * entries the manifest lists ({@link #open}), and each of them with its listed size and SHA-256
 * ({@link #checkContent}). Reading an entry
 * never expands it past its listed size, so a zip bomb stops at what the manifest admits.
 */
final class VerifiedArchive implements AutoCloseable {

    private final ZipFile zip;
    private final ArchiveManifest manifest;

    private VerifiedArchive(ZipFile zip, ArchiveManifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens and checks the archive in {@code file}; refuses it with the first thing wrong. */
    static VerifiedArchive open(Path file, ArchiveLimits limits) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException notZip) {
            throw ArchiveRefusal.invalid("archive.notZip");
        }
        try {
            VerifiedArchive archive = new VerifiedArchive(zip, readManifest(zip, limits));
            archive.checkEntries(limits);
            return archive;
        } catch (RuntimeException refused) {
            closeQuietly(zip);
            throw refused;
        }
    }

    ArchiveManifest manifest() {
        return manifest;
    }

    /** Whether the manifest lists the entry; every listed entry is in the archive. */
    boolean has(String name) {
        return manifest.entries().containsKey(name);
    }

    /** The content of a listed entry, bounded by its listed size. */
    InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        return new LimitedInputStream(zip.getInputStream(entry), manifest.entries().get(name).bytes(),
                () -> ArchiveRefusal.invalid("archive.tampered", name));
    }

    private static ArchiveManifest readManifest(ZipFile zip, ArchiveLimits limits) {
        ZipEntry entry = zip.getEntry(ArchiveFormat.MANIFEST);
        if (entry == null) {
            throw ArchiveRefusal.invalid("archive.manifest");
        }
        try (InputStream in = new LimitedInputStream(zip.getInputStream(entry), 64L << 20,
                () -> ArchiveRefusal.invalid("archive.tampered", ArchiveFormat.MANIFEST))) {
            return ArchiveManifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException damaged) {
            throw ArchiveRefusal.invalid("archive.notZip");
        }
    }

    private void checkEntries(ArchiveLimits limits) {
        if (zip.size() > limits.maxEntries()) {
            throw ArchiveRefusal.invalid("archive.tooManyEntries", limits.maxEntries());
        }
        Set<String> seen = new HashSet<>();
        long expanded = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            ArchiveEntryNames.check(name);
            if (!seen.add(name)) {
                throw ArchiveRefusal.invalid("archive.duplicate", name);
            }
            if (name.equals(ArchiveFormat.MANIFEST)) {
                continue;
            }
            ArchiveManifest.Entry listed = manifest.entries().get(name);
            if (listed == null) {
                throw ArchiveRefusal.invalid("archive.tampered", name);
            }
            if (listed.bytes() > limits.maxEntryBytes(entry.getCompressedSize())) {
                throw ArchiveRefusal.invalid("archive.bomb", name);
            }
            expanded += listed.bytes();
            if (expanded > limits.maxExpandedBytes()) {
                throw ArchiveRefusal.invalid("archive.tooLarge", limits.maxExpandedBytes() >> 20);
            }
        }
        for (String listed : manifest.entries().keySet()) {
            if (!seen.contains(listed)) {
                throw ArchiveRefusal.invalid("archive.tampered", listed);
            }
        }
    }

    /**
     * Reads every entry once, checking its size and SHA-256 against the manifest. Separate from
     * {@link #open}, so that an archive refused for its slug or hosts is refused without reading it.
     */
    void checkContent() {
        for (String name : manifest.entries().keySet()) {
            checkDigest(name);
        }
    }

    private void checkDigest(String name) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long read;
            try (InputStream in = new DigestInputStream(open(name), sha256)) {
                read = in.transferTo(OutputStream.nullOutputStream());
            }
            ArchiveManifest.Entry listed = manifest.entries().get(name);
            if (read != listed.bytes() || !HexFormat.of().formatHex(sha256.digest()).equals(listed.sha256())) {
                throw ArchiveRefusal.invalid("archive.tampered", name);
            }
        } catch (ZipException damaged) {
            throw ArchiveRefusal.invalid("archive.tampered", name);
        } catch (IOException damaged) {
            throw ArchiveRefusal.invalid("archive.notZip");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // only a read handle on a temporary file that is deleted next
        }
    }
}
