package la.gov.gweb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantProvisioning;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.tenant.TenantStatus;

/**
 * Every site for platform admins: the list with its figures, filtered by status and text, and
 * the status changes (suspend, resume, archive), each in the audit log under its site.
 */
@ApplicationScoped
public class PlatformSites {

    @Inject
    TenantDirectory directory;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    SiteMeasurements measurements;

    @Inject
    AuditLog audit;

    /** Sites with this status (all when null) whose slug, names or host names contain the text. */
    public List<SiteOverview> list(Caller caller, TenantStatus status, String text) {
        Access.requirePlatformAdmin(caller);
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return directory.all().stream()
                .filter(site -> status == null || site.status() == status)
                .filter(site -> needle.isEmpty() || matches(site, needle))
                .map(site -> new SiteOverview(site, measurements.of(site)))
                .toList();
    }

    public TenantSnapshot changeStatus(Caller caller, TenantSlug slug, TenantStatus status) {
        Access.requirePlatformAdmin(caller);
        TenantSnapshot site = directory.find(slug).orElseThrow(() ->
                new RejectedException(Reason.NOT_FOUND, Problem.of(null, "site.unknown", slug.value())));
        if (site.status() == status) {
            return site;
        }
        TenantSnapshot changed = provisioning.changeStatus(slug, status);
        audit.record(slug, caller.username(), "platform.site.status", "site", slug.value(),
                site.status() + " -> " + status);
        return changed;
    }

    private static boolean matches(TenantSnapshot site, String needle) {
        return site.slug().value().contains(needle)
                || site.names().lo().toLowerCase(Locale.ROOT).contains(needle)
                || site.names().en().toLowerCase(Locale.ROOT).contains(needle)
                || site.hosts().stream().anyMatch(host -> host.value().contains(needle));
    }
}
