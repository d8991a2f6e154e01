package la.gov.gweb.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Sends the public pages of a site: from the page cache when it holds them, otherwise rendered,
 * tagged and, when they may be shared, kept. Every page goes out with ETag, Last-Modified and a
 * Cache-Control that lets proxies keep it for a minute, compressed when the reader accepts gzip,
 * and a revalidation that still matches gets 304 with no body.
 */
@ApplicationScoped
public class PublicPages {

    /** Renders a page into the response it is given. */
    @FunctionalInterface
    public interface Renderer {
        void render(HttpServletResponse response) throws IOException, ServletException;
    }

    @Inject
    PageCache cache;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PageRendering rendering;

    /**
     * @param path     the path as requested, with its language prefix
     * @param keepable false for pages that depend on more than the key (search results)
     */
    public void serve(HttpServletRequest request, HttpServletResponse response, String path, boolean keepable,
                      Renderer renderer) throws IOException, ServletException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            renderer.render(response);
            return;
        }
        TenantSnapshot site = currentTenant.get();
        PageKey key = PageKey.of(site.slug(), request.getScheme(), request.getServerPort(), path,
                request.getParameterMap());
        Optional<RenderedPage> cached = keepable ? cache.find(key, site) : Optional.empty();
        if (cached.isPresent()) {
            send(request, response, cached.get(), true);
            return;
        }
        long generation = cache.generation(site.slug());
        long lastModified = cache.lastModified(site.slug());
        BufferedResponse buffered = new BufferedResponse(response);
        rendering.begin(site, generation);
        try {
            renderer.render(buffered);
        } finally {
            rendering.end();
        }
        if (buffered.errorSent()) {
            return;
        }
        boolean keep = keepable && buffered.isShareable() && cache.isEnabled();
        RenderedPage page = RenderedPage.of(buffered.getStatus(), buffered.getContentType(), buffered.body(),
                keep || Compression.accepted(request), lastModified, site, generation);
        if (keep) {
            cache.keep(key, page);
        }
        send(request, response, page, buffered.isShareable());
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, RenderedPage page,
                             boolean shareable) throws IOException {
        PageReply.Conditions conditions = new PageReply.Conditions(request.getMethod().equals("HEAD"),
                request.getHeader("Accept-Encoding"), request.getHeader("If-None-Match"),
                Revalidation.ifModifiedSince(request::getDateHeader));
        PageReply.send(page, shareable, conditions, new PageReply.Target(response::setStatus, response::setHeader,
                response::setContentType, response::setContentLength, response.getOutputStream()::write));
    }
}
