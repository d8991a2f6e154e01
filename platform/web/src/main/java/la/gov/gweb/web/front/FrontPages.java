package la.gov.gweb.web.front;

import java.io.CharConversionException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.web.cache.PageKey;
import la.gov.gweb.web.cache.RenderedPage;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.Request;

/**
 * The kept page a request asks for, found the way the servlet path finds it: the active site of
 * the Host header (never the portal's host), then the page under that site's key. Whatever the
 * front cannot decide exactly as the container would is not found here and goes on to it.
 */
final class FrontPages {

    /** The page cache's lookup: the page kept under a key for the site as it is now. */
    @FunctionalInterface
    interface KeptPages {
        Optional<RenderedPage> find(PageKey key, TenantSnapshot site);
    }

    private final Function<HostName, Optional<TenantSnapshot>> sites;
    private final HostName portalHost;
    private final KeptPages kept;

    /**
     * @param sites      the site a host name belongs to, active or not
     * @param portalHost the platform's own host, which belongs to no site
     */
    FrontPages(Function<HostName, Optional<TenantSnapshot>> sites, HostName portalHost, KeptPages kept) {
        this.sites = sites;
        this.portalHost = portalHost;
        this.kept = kept;
    }

    Optional<RenderedPage> find(Request request) {
        Method method = request.getMethod();
        if (method != Method.GET && method != Method.HEAD || hasBody(request)) {
            return Optional.empty();
        }
        Optional<HostName> host = HostName.fromHostHeader(request.getHeader("Host"));
        if (host.isEmpty() || host.get().equals(portalHost)) {
            return Optional.empty();
        }
        Optional<TenantSnapshot> site = sites.apply(host.get()).filter(TenantSnapshot::isActive);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> path = RequestPath.of(request.getRequestURI(), decodedPath(request));
        Optional<Map<String, String[]>> parameters = QueryParameters.parse(request.getQueryString());
        if (path.isEmpty() || parameters.isEmpty()) {
            return Optional.empty();
        }
        PageKey key = PageKey.of(site.get().slug(), request.getScheme(), request.getServerPort(),
                path.get(), parameters.get());
        return kept.find(key, site.get());
    }

    private static boolean hasBody(Request request) {
        return request.getContentLengthLong() > 0 || request.getRequest().isChunked();
    }

    private static String decodedPath(Request request) {
        try {
            return request.getDecodedRequestURI();
        } catch (CharConversionException malformed) {
            return null;
        }
    }
}
