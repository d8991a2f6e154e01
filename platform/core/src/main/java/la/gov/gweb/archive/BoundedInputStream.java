package la.gov.gweb.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads an archive entry and refuses it as tampered as soon as it passes the size it was listed with. */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private final String name;
    private long read;

    BoundedInputStream(InputStream in, long limit, String name) {
        super(in);
        this.limit = limit;
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw ArchiveRefusal.invalid("archive.tampered", name);
        }
    }
}
