package la.gov.gweb.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Files made by the tests themselves: images, office archives (sound and bombs), PDFs. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x12, 0x34, 0x61));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A real small PNG whose header claims another size, with a valid checksum: a decompression bomb's disguise. */
    static byte[] pngClaiming(int width, int height) throws IOException {
        byte[] png = image("png", 16, 16);
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] docx(byte[] documentXml) throws IOException {
        return zip(new java.util.LinkedHashMap<>(Map.of(
                "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", documentXml)));
    }

    /** A DOCX whose document expands from about 50 KB to 50 MB of zeros. */
    static byte[] docxBomb() throws IOException {
        return docx(new byte[50 * 1024 * 1024]);
    }

    static byte[] pdf(boolean complete) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n";
        String end = "trailer << /Root 1 0 R >>\n%%EOF\n";
        return (complete ? body + end : body).getBytes(StandardCharsets.ISO_8859_1);
    }

    static Path write(Path folder, String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
