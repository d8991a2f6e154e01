package la.gov.gweb.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.CurrentCaller;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.audit.AuditEvent;
import la.gov.gweb.audit.AuditFilter;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantSlug;

/**
 * The audit log as the console in use may show it: a site's console shows its own site's events
 * to its site admins; the platform console shows platform admins every event, or one site's
 * when they name it. The screen and its CSV download both read through this.
 */
@RequestScoped
public class ConsoleAudit {

    @Inject
    AuditLog audit;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ConsoleScope scope;

    /** Events newest first; {@code platformSite} narrows the platform console to one site and is ignored on a site. */
    public List<AuditEvent> find(String platformSite, AuditFilter filter, int first, int limit) {
        if (!scope.isPlatform()) {
            return audit.find(ownSite(), filter, first, limit);
        }
        Access.requirePlatformAdmin(caller());
        if (blank(platformSite)) {
            return audit.findEverywhere(filter, first, limit);
        }
        return TenantSlug.isValid(platformSite.strip())
                ? audit.find(TenantSlug.of(platformSite.strip()), filter, first, limit) : List.of();
    }

    public long count(String platformSite, AuditFilter filter) {
        if (!scope.isPlatform()) {
            return audit.count(ownSite(), filter);
        }
        Access.requirePlatformAdmin(caller());
        if (blank(platformSite)) {
            return audit.countEverywhere(filter);
        }
        return TenantSlug.isValid(platformSite.strip()) ? audit.count(TenantSlug.of(platformSite.strip()), filter) : 0;
    }

    private TenantSlug ownSite() {
        Access.require(caller(), SiteRole.SITE_ADMIN);
        return currentTenant.get().slug();
    }

    private Caller caller() {
        return currentCaller.find().orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
