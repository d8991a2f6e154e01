package la.gov.gweb.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.web.site.SiteUrls;

/** {@code #{portal}}: the active sites, for the portal's list. */
@Named("portal")
@RequestScoped
public class PortalView {

    @Inject
    TenantDirectory directory;

    @Inject
    HttpServletRequest request;

    public List<TenantSnapshot> getSites() {
        return directory.all().stream().filter(TenantSnapshot::isActive).toList();
    }

    /** The site's home on its primary host, through the scheme and port this request came in on. */
    public String siteUrl(TenantSnapshot site) {
        return SiteUrls.of(request, site, "/");
    }
}
