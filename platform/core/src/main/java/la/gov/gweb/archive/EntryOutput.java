package la.gov.gweb.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes what is written through it and never closes the stream beneath, so one
 * archive entry (or the whole archive) can be measured for the manifest as it streams out.
 */
final class EntryOutput extends FilterOutputStream {

    private final MessageDigest sha256;
    private long bytes;

    EntryOutput(OutputStream out) {
        super(out);
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        sha256.update((byte) b);
        bytes++;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        out.write(buffer, offset, length);
        sha256.update(buffer, offset, length);
        bytes += length;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    ArchiveManifest.Entry entry() {
        return new ArchiveManifest.Entry(HexFormat.of().formatHex(sha256.digest()), bytes);
    }
}
