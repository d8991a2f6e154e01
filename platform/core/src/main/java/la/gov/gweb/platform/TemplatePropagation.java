package la.gov.gweb.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Carries a template page's new revision to every site made from the template: pages a site
 * never edited are updated, edited ones get an offer. Each site is handled in a request context
 * of its own on the managed executor, so no two sites ever share a site store.
 */
@ApplicationScoped
public class TemplatePropagation {

    private static final Logger LOG = Logger.getLogger(TemplatePropagation.class.getName());

    /** The sites whose page was updated, and those that were offered the change. */
    public record Propagated(int revision, List<String> updated, List<String> offered) {
    }

    @Resource
    ManagedExecutorService executor;

    @Inject
    TenantDirectory directory;

    @Inject
    SiteTemplates templates;

    @Inject
    SiteTemplateUpdate siteUpdate;

    @Inject
    AuditLog audit;

    /** A platform admin's new text for a template page, carried to the sites made from the template. */
    public Propagated revise(Caller caller, String template, String path, PageText text) {
        Access.requirePlatformAdmin(caller);
        if (!SiteTemplates.exists(template) || templates.page(template, path).isEmpty()) {
            throw new RejectedException(Reason.NOT_FOUND, Problem.of(null, "template.page.unknown", template, path));
        }
        if (text.title().lo() == null || text.title().lo().isBlank() || text.title().en() == null
                || text.title().en().isBlank()) {
            throw new RejectedException(Reason.INVALID, Problem.of("title", "template.title.required"));
        }
        TemplatePage page = templates.revise(template, path, text, caller.username());
        audit.record(null, caller.username(), "template.revise", "template", template + "/" + path,
                "revision " + page.revision());
        return offer(page, caller.username());
    }

    /** Offers a template page's current revision to every site made from its template. */
    public Propagated offer(TemplatePage page, String by) {
        Map<String, Future<TemplateOffers.Outcome>> outcomes = new LinkedHashMap<>();
        for (TenantSnapshot site : directory.all()) {
            if (page.template().equals(site.template())) {
                outcomes.put(site.slug().value(), executor.submit(() -> siteUpdate.offer(site, page.template(),
                        page.path(), by)));
            }
        }
        List<String> updated = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        outcomes.forEach((slug, outcome) -> {
            try {
                switch (outcome.get()) {
                    case UPDATED -> updated.add(slug);
                    case OFFERED -> offered.add(slug);
                    case NONE -> {
                    }
                }
            } catch (ExecutionException e) {
                LOG.log(Level.SEVERE, "Could not offer template page " + page.path() + " to " + slug, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while offering a template update", e);
            }
        });
        LOG.info(() -> "Template page " + page.template() + "/" + page.path() + " revision " + page.revision()
                + ": updated on " + updated + ", offered to " + offered);
        return new Propagated(page.revision(), updated, offered);
    }
}
