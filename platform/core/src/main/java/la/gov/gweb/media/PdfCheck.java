package la.gov.gweb.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PDF must end with its end-of-file marker: a file cut off during a transfer or export lacks it,
 * and readers show such a file partly or not at all. Readers accept the marker within the last
 * kilobyte; some producers append a little more, so the last four are searched.
 */
final class PdfCheck {

    private static final int TAIL = 4096;

    private PdfCheck() {
    }

    static void check(Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(TAIL, size));
            channel.position(size - tail.capacity());
            int read = 0;
            while (tail.hasRemaining() && read >= 0) {
                read = channel.read(tail);
            }
            if (!new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new UploadRefusedException("upload.pdf.damaged");
            }
        } catch (IOException unreadable) {
            throw new UploadRefusedException("upload.pdf.damaged");
        }
    }
}
