package la.gov.gweb.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSlug;

/**
 * Applies one due change in a request context of its own, bound to the change's site, so that
 * changes of different sites never share a site store. Acts with the rights of the editor who
 * scheduled the change.
 */
@ApplicationScoped
public class ScheduledChangeApplier {

    private static final Logger LOG = Logger.getLogger(ScheduledChangeApplier.class.getName());

    @Inject
    TenantDirectory directory;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    ContentEditor editor;

    @Inject
    ScheduledChanges scheduled;

    @ActivateRequestContext
    public void apply(ScheduledChange change) {
        directory.find(TenantSlug.of(change.tenantSlug())).ifPresent(site -> {
            currentTenant.set(site);
            Caller scheduler = new Caller(change.createdBy(), Optional.of(SiteRole.EDITOR), false);
            try {
                editor.applyReplacement(scheduler, change.itemId(), change.revisionNumber());
                LOG.info(() -> "Applied the scheduled new version of item " + change.itemId() + " of " + site.slug());
            } catch (RejectedException gone) {
                LOG.warning(() -> "Dropped the scheduled change of item " + change.itemId() + " of " + site.slug()
                        + ": " + gone.getMessage());
            }
        });
        scheduled.done(change);
    }
}
