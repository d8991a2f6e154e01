package la.gov.gweb.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Deletes a site for good, only when the caller typed its slug again and an export made since
 * its last change exists, so that nothing is lost that cannot be imported back.
 */
@ApplicationScoped
public class SiteDeletion {

    @Inject
    SiteLookup sites;

    @Inject
    SiteExports exports;

    @Inject
    SiteRemoval removal;

    @Inject
    AuditLog audit;

    public void delete(Caller caller, String slug, String confirmation) {
        Access.requirePlatformAdmin(caller);
        TenantSnapshot site = sites.existing(slug);
        if (!site.slug().value().equals(confirmation)) {
            throw new RejectedException(Reason.INVALID, Problem.of("confirm", "site.delete.confirm", slug));
        }
        if (!exports.coverLastChange(site.slug())) {
            throw ArchiveRefusal.conflict(null, "site.delete.notExported", slug);
        }
        boolean complete = removal.removeEverything(site.slug());
        audit.record(site.slug(), caller.username(), "site.delete", "site", slug,
                complete ? null : "some files or the index could not be removed; see the log");
    }
}
