package la.gov.gweb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Optional;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantSnapshot;

/** Offers a template page to one site, in a request context bound to that site alone. */
@ApplicationScoped
public class SiteTemplateUpdate {

    /** Who the site's audit log names for changes the platform made at start. */
    static final String PLATFORM = "g-web";

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TemplateOffers offers;

    @Inject
    SiteTemplates templates;

    @ActivateRequestContext
    public TemplateOffers.Outcome offer(TenantSnapshot site, String template, String path, String by) {
        currentTenant.set(site);
        Caller caller = new Caller(by == null ? PLATFORM : by, Optional.of(SiteRole.SITE_ADMIN), false);
        return templates.page(template, path).map(page -> offers.offer(caller, page))
                .orElse(TemplateOffers.Outcome.NONE);
    }
}
