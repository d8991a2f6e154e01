package la.gov.gweb.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Stops reading a stream as soon as it passes a size limit, so that content of unknown or
 * untrusted length (a streamed upload, an archive entry) is refused at the limit, not after all
 * of it was read or written. What passing the limit means is the caller's refusal.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> refusal;
    private long read;

    public LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> refusal) {
        super(in);
        this.limit = limit;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    /** Never reads more than one byte past the limit, which is enough to know it was passed. */
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
            throw refusal.get();
        }
    }
}
