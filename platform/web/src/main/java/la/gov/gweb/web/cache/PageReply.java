package la.gov.gweb.web.cache;

import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * How a rendered page answers one GET or HEAD: the validators, 304 when the reader's copy is still
 * this one, otherwise the body, gzipped when the reader takes it. One answer for both senders, the
 * servlet path and the listener's front, so a page never differs by the way it was served.
 */
public final class PageReply {

    /** Lets a proxy or CDN keep a page for a minute; a publish reaches readers behind it within that. */
    static final String SHARED = "public, max-age=60, s-maxage=60";

    /** Writes the body out. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(byte[] bytes) throws IOException;
    }

    /** The response a reply is written to, whichever API it belongs to. */
    public record Target(IntConsumer status, BiConsumer<String, String> header, Consumer<String> contentType,
                         IntConsumer contentLength, BodyWriter body) {
    }

    /**
     * The request's side of the answer.
     *
     * @param head            a HEAD request, answered without body
     * @param acceptEncoding  the Accept-Encoding header, or null
     * @param ifNoneMatch     the If-None-Match header, or null
     * @param ifModifiedSince the If-Modified-Since date in milliseconds, or -1 when absent or malformed
     */
    public record Conditions(boolean head, String acceptEncoding, String ifNoneMatch, long ifModifiedSince) {
    }

    private PageReply() {
    }

    /** Writes the page; {@code shareable} false marks a page meant for this reader only. */
    public static void send(RenderedPage page, boolean shareable, Conditions conditions, Target target)
            throws IOException {
        boolean gzip = page.gzipped() != null && Compression.acceptsGzip(conditions.acceptEncoding());
        target.header().accept("Vary", "Accept-Encoding");
        target.header().accept("Cache-Control", shareable ? SHARED : "no-store");
        if (page.status() == 200) {
            target.header().accept("ETag", gzip ? page.gzipEtag() : page.etag());
            target.header().accept("Last-Modified", page.lastModifiedHeader());
            if (Revalidation.notModified(conditions.ifNoneMatch(), conditions.ifModifiedSince(), page.lastModified(),
                    page.etag(), page.gzipEtag())) {
                target.status().accept(304);
                return;
            }
        }
        target.status().accept(page.status());
        target.contentType().accept(page.contentType());
        byte[] bytes = gzip ? page.gzipped() : page.body();
        if (gzip) {
            target.header().accept("Content-Encoding", "gzip");
        }
        target.contentLength().accept(bytes.length);
        if (!conditions.head()) {
            target.body().write(bytes);
        }
    }
}
