package la.gov.gweb.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.TenantCatalog;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;

/** Finds the site a platform call names, from the catalog itself; an unknown or malformed slug is not found. */
@ApplicationScoped
public class SiteLookup {

    @Inject
    TenantCatalog catalog;

    public TenantSnapshot existing(String slug) {
        if (!TenantSlug.isValid(slug)) {
            throw notFound(slug);
        }
        return catalog.find(TenantSlug.of(slug)).orElseThrow(() -> notFound(slug));
    }

    private static RejectedException notFound(String slug) {
        return new RejectedException(Reason.NOT_FOUND, Problem.of(null, "site.unknown", String.valueOf(slug)));
    }
}
