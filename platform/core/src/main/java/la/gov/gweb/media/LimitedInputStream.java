package la.gov.gweb.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading an upload as soon as it passes the size limit, so that a file of unknown length
 * (a streamed API upload) is refused after the limit, not after the whole file was written.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final long limitInMegabytes;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
        this.limitInMegabytes = limit / (1024 * 1024);
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
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw new UploadRefusedException("upload.tooLarge", limitInMegabytes);
        }
    }
}
