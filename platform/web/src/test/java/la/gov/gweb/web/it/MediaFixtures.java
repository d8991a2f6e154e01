package la.gov.gweb.web.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Files and requests the media tests make themselves: images, a zip bomb, a cut PDF, multipart
 * bodies, and an upload that declares 2 GB and sends only its first bytes.
 */
final class MediaFixtures {

    static final byte[] EXECUTABLE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode"
            .getBytes(StandardCharsets.ISO_8859_1);

    private MediaFixtures() {
    }

    static byte[] png(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static int widthOf(byte[] image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image)).getWidth();
    }

    static Color colorOf(byte[] image) throws IOException {
        return new Color(ImageIO.read(new ByteArrayInputStream(image)).getRGB(0, 0));
    }

    /** A DOCX whose document part expands from about 50 KB to 50 MB. */
    static byte[] docxBomb() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", new byte[50 * 1024 * 1024]);
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

    /** A PDF cut off before its end, as after an interrupted download. */
    static byte[] truncatedPdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A multipart body with one part per file; returns the body and sets its boundary in the map. */
    record Multipart(String contentType, byte[] body) {

        static Multipart of(Map<String, byte[]> files) {
            String boundary = "gweb" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(file.getValue());
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
        }
    }

    /**
     * Starts a multipart POST that declares 2 GB, sends its first kilobytes only and reads the
     * answer: a server that waited for the whole body would time out here.
     */
    static String postDeclaring2Gb(int port, String host, String path, Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=gweb2gb\r\nContent-Length: 2147483648\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n--gweb2gb\r\nContent-Disposition: form-data; name=\"media:upload\"; filename=\"huge.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                    if (complete(answer.toByteArray())) {
                        break;
                    }
                }
            } catch (java.net.SocketException closedWhileSending) {
                // the server may close once it has answered; what arrived is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** True once the headers and as many body bytes as they announce have arrived. */
    private static boolean complete(byte[] answer) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int headersEnd = text.indexOf("\r\n\r\n");
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
        return headersEnd >= 0 && length.find() && answer.length - headersEnd - 4 >= Integer.parseInt(length.group(1));
    }

    static Path file(String name, byte[] content) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "media-it").toAbsolutePath());
        return Files.write(folder.resolve(name), content);
    }
}
