package la.gov.gweb.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Smaller copies of an image for the site, at a few widths and never wider than the original,
 * stored beside it as {@code <file>.w480.jpg} (JPEG stays JPEG; PNG and single-frame GIF become
 * PNG, keeping transparency). Plain JDK ImageIO: WebP, which it cannot decode, and animated GIF
 * get none and are always served as uploaded.
 */
public final class ImageVariants {

    /** The widths made, smallest first. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    private ImageVariants() {
    }

    /**
     * Makes the variants narrower than the original, replacing earlier ones; the image's size must
     * already have passed the pixel limit. Returns the widths made (none when the image cannot be
     * decoded, which leaves the original to be served).
     */
    public static List<Integer> create(Path original, String mediaType, int originalWidth) throws IOException {
        deleteAll(original);
        String format = outputFormat(mediaType).orElse(null);
        List<Integer> widths = WIDTHS.stream().filter(w -> w < originalWidth).toList();
        if (format == null || widths.isEmpty()) {
            return List.of();
        }
        BufferedImage source = decode(original, widths.get(widths.size() - 1));
        if (source == null) {
            return List.of();
        }
        List<Integer> made = new ArrayList<>();
        for (int width : widths) {
            write(scale(source, width, format), format, variant(original, width, format));
            made.add(width);
        }
        return made;
    }

    /** The smallest variant at least as wide as asked, if one was made; else the original is served. */
    public static Optional<Path> find(Path original, int requestedWidth) {
        Optional<String> format = outputFormat(MediaTypes.byFileName(original.getFileName().toString()));
        if (format.isEmpty()) {
            return Optional.empty();
        }
        for (int width : WIDTHS) {
            if (width >= requestedWidth) {
                Path candidate = variant(original, width, format.get());
                return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Removes every variant of a file. */
    public static void deleteAll(Path original) throws IOException {
        if (!Files.isDirectory(original.getParent())) {
            return;
        }
        String prefix = original.getFileName() + ".w";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(original.getParent(), prefix + "*")) {
            for (Path sibling : siblings) {
                Files.deleteIfExists(sibling);
            }
        }
    }

    static Path variant(Path original, int width, String format) {
        return original.resolveSibling(original.getFileName() + ".w" + width + "." + (format.equals("jpeg") ? "jpg" : format));
    }

    private static Optional<String> outputFormat(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> Optional.of("jpeg");
            case "image/png", "image/gif" -> Optional.of("png");
            default -> Optional.empty();
        };
    }

    /**
     * Decodes the first frame, skipping rows and columns when the image is much wider than
     * needed, so that a large photo never sits in memory at full size.
     */
    private static BufferedImage decode(Path file, int widestNeeded) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                if (reader.getFormatName().equalsIgnoreCase("gif") && reader.getNumImages(true) > 1) {
                    return null;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, reader.getWidth(0) / (widestNeeded * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } catch (IOException | RuntimeException undecodable) {
                return null;
            } finally {
                reader.dispose();
            }
        }
    }

    /** Halves while more than twice too wide, then one last bilinear step: sharper than one big step. */
    private static BufferedImage scale(BufferedImage source, int width, String format) {
        int type = format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2, type);
        }
        return draw(current, width, type);
    }

    private static BufferedImage draw(BufferedImage source, int width, int type) {
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Writes to a temporary sibling first, so that a half-written variant is never served. */
    private static void write(BufferedImage image, String format, Path target) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".variant", ".tmp");
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(temporary.toFile())) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (format.equals("jpeg")) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.85f);
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
