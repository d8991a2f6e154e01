package la.gov.gweb.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The size in pixels of an image, read from its header only, so that a small file claiming an
 * enormous picture (a decompression bomb) is known before any pixel is decoded. JPEG, PNG and GIF
 * through ImageIO; WebP, which the JDK cannot decode, from its own header.
 */
final class ImageHeader {

    private ImageHeader() {
    }

    record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    /** The size, or empty when the file is not a readable image of that type. */
    static Optional<Size> read(Path file, String mediaType) {
        try {
            return "image/webp".equals(mediaType) ? webp(file) : imageIo(file);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Size> imageIo(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        }
    }

    /** RIFF....WEBP then a VP8 (lossy), VP8L (lossless) or VP8X (extended) chunk, per the WebP container spec. */
    private static Optional<Size> webp(Path file) throws IOException {
        byte[] h = new byte[30];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(h, 0, h.length) < h.length) {
                return Optional.empty();
            }
        }
        String chunk = new String(h, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> Optional.of(new Size(u16(h, 26) & 0x3FFF, u16(h, 28) & 0x3FFF));
            case "VP8L" -> {
                long bits = (h[21] & 0xFFL) | (h[22] & 0xFFL) << 8 | (h[23] & 0xFFL) << 16 | (h[24] & 0xFFL) << 24;
                yield Optional.of(new Size((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1));
            }
            case "VP8X" -> Optional.of(new Size(u24(h, 24) + 1, u24(h, 27) + 1));
            default -> Optional.empty();
        };
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] b, int at) {
        return u16(b, at) | (b[at + 2] & 0xFF) << 16;
    }
}
