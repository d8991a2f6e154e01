package la.gov.gweb.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Absolute URLs on a site's primary host, through the scheme and port the current request came
 * in on, for pages of the portal that link into the sites.
 */
public final class SiteUrls {

    private SiteUrls() {
    }

    /** The absolute URL of {@code path} (starting with a slash) on the host the request came to. */
    public static String onThisHost(HttpServletRequest request, String path) {
        return request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath() + path;
    }

    /** The absolute URL of {@code path} (starting with a slash) on the site's primary host. */
    public static String of(HttpServletRequest request, TenantSnapshot site, String path) {
        int port = request.getServerPort();
        boolean defaultPort = port == 80 && "http".equals(request.getScheme())
                || port == 443 && "https".equals(request.getScheme());
        return request.getScheme() + "://" + site.primaryHost() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + path;
    }

    /**
     * The absolute URL of a site path on the site's primary host with non-ASCII letters (Lao slugs)
     * percent-encoded, as canonical links, sitemaps and feeds must give it.
     */
    public static String canonical(HttpServletRequest request, TenantSnapshot site, String path) {
        return of(request, site, encodePath(path));
    }

    static String encodePath(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a path: " + path, e);
        }
    }
}
