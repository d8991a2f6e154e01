package la.gov.gweb.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import la.gov.gweb.web.tenancy.TenantFilter;

/**
 * {@code #{consoleScope}}: which console this request is in: a site's, on its own host, or the
 * platform console, on the portal host. The console template and the sign-in page are shared and
 * ask this for their title, their menu and where a sign-in leads.
 */
@Named
@RequestScoped
public class ConsoleScope {

    @Inject
    HttpServletRequest request;

    public boolean isPlatform() {
        return request.getAttribute(TenantFilter.PORTAL) != null;
    }

    /** The first page after signing in. */
    public String getHome() {
        return isPlatform() ? "/admin/platform/sites" : "/admin/index";
    }
}
