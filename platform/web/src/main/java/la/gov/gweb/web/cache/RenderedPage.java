package la.gov.gweb.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * A public page as rendered once: status (200 or 404), type, body and its gzip form (null when it
 * was not needed), the tag that names this body, and the site it was rendered for.
 *
 * @param lastModified       the site's last change when the page was rendered, in milliseconds
 * @param lastModifiedHeader the same as an HTTP date, formatted once rather than on every answer
 * @param site               the site as the directory knew it: a page of a since-changed site is never served
 * @param generation         the site's change count when rendering began
 */
public record RenderedPage(int status, String contentType, byte[] body, byte[] gzipped, String etag,
                           long lastModified, String lastModifiedHeader, TenantSnapshot site, long generation) {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    static RenderedPage of(int status, String contentType, byte[] body, boolean compress, long lastModified,
                           TenantSnapshot site, long generation) {
        return new RenderedPage(status, contentType, body, compress ? gzip(body) : null, etag(body), lastModified,
                httpDate(lastModified), site, generation);
    }

    /** An HTTP date (RFC 9110), always with two digits for the day. */
    public static String httpDate(long millis) {
        return HTTP_DATE.format(Instant.ofEpochMilli(millis));
    }

    /** The tag of the gzip representation: a strong tag names exactly one sequence of bytes. */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    long weight() {
        return 128L + body.length + (gzipped == null ? 0 : gzipped.length);
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 15)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
