package la.gov.gweb.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * The first filter of every request: finds the site from the Host header in the cached
 * directory and binds it to the request. A request for no site never reaches any site's data:
 * a malformed host gets 400, an unknown one 404, a suspended site 503. The platform's own
 * host belongs to no site and goes on to the portal.
 */
public class TenantFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute that marks a request for the portal host. */
    public static final String PORTAL = "gweb.portal";

    private static final String SUSPENDED_VIEW = "/WEB-INF/views/suspended.xhtml";

    @Inject
    TenantDirectory directory;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PlatformSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<HostName> host = HostName.fromHostHeader(request.getHeader("Host"));
        if (host.isEmpty()) {
            PlainPages.badHost(response);
            return;
        }
        if (host.get().equals(settings.portalHost())) {
            request.setAttribute(PORTAL, Boolean.TRUE);
            chain.doFilter(request, response);
            return;
        }
        Optional<TenantSnapshot> tenant = directory.resolve(host.get());
        if (tenant.isEmpty()) {
            PlainPages.noSuchSite(response, host.get());
        } else if (!tenant.get().isActive()) {
            suspended(request, response, tenant.get());
        } else {
            currentTenant.set(tenant.get());
            chain.doFilter(request, response);
        }
    }

    /** A reader gets the closed site's page in its layout; anything else (API, forms) the plain one. */
    private void suspended(HttpServletRequest request, HttpServletResponse response, TenantSnapshot tenant)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            PlainPages.suspended(response, tenant);
            return;
        }
        currentTenant.set(tenant);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", PlainPages.RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher(SUSPENDED_VIEW).forward(request, response);
    }
}
