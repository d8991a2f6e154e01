package la.gov.gweb.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.TemplateOrigin;
import la.gov.gweb.persistence.SiteStore;
import la.gov.gweb.publishing.ContentDraft;
import la.gov.gweb.publishing.ContentEditor;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.CurrentTenant;

/**
 * Template updates on the current site. A page the site never edited takes a template page's
 * later revision by itself; a page it edited is never overwritten: its site admin sees the
 * offer and applies it or keeps the site's text. Either way the earlier text stays a revision
 * that can be restored, and the choice is audited.
 */
@RequestScoped
public class TemplateOffers {

    /** What a template page's later revision did to a site's page. */
    public enum Outcome {
        UPDATED,
        OFFERED,
        NONE
    }

    @Inject
    @SiteStore
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    ContentEditor editor;

    @Inject
    SiteTemplates templates;

    @Inject
    AuditLog audit;

    /** The updates waiting for this site's choice. */
    public List<TemplateOffer> list(Caller caller) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        return em.createQuery("select c from ContentItem c where c.templateOrigin.template is not null"
                        + " order by c.slug", ContentItem.class).getResultList().stream()
                .flatMap(item -> offer(item).stream())
                .toList();
    }

    /** Takes the template's text; the site's own text stays a revision it can restore. */
    @Transactional
    public ContentItem apply(Caller caller, long itemId) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        ContentItem item = offered(itemId);
        return take(caller, item, laterPage(item).orElseThrow(), "template.apply");
    }

    /** Keeps the site's text; later revisions of the template page are offered again. */
    @Transactional
    public void keep(Caller caller, long itemId) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        ContentItem item = offered(itemId);
        TemplatePage page = laterPage(item).orElseThrow();
        em.joinTransaction();
        item.declineTemplateRevision(page.revision());
        audit.record(currentTenant.get().slug(), caller.username(), "template.keep", ContentType.PAGE.name(),
                item.id(), page.template() + "/" + page.path() + " revision " + page.revision());
    }

    /** Offers a template page's current revision to this site's page made from it. */
    @Transactional
    public Outcome offer(Caller caller, TemplatePage page) {
        em.joinTransaction();
        Optional<ContentItem> item = em.createQuery("select c from ContentItem c where c.templateOrigin.template"
                        + " = :template and c.templateOrigin.path = :path", ContentItem.class)
                .setParameter("template", page.template())
                .setParameter("path", page.path())
                .getResultStream().findFirst();
        if (item.isEmpty() || item.get().templateOrigin().orElseThrow().revision() >= page.revision()) {
            return Outcome.NONE;
        }
        if (!item.get().templateOrigin().orElseThrow().isUntouchedIn(item.get())) {
            return Outcome.OFFERED;
        }
        take(caller, item.get(), page, "template.autoApply");
        return Outcome.UPDATED;
    }

    private ContentItem take(Caller caller, ContentItem item, TemplatePage page, String action) {
        editor.keepFirstRevision(caller, item.id());
        PageText text = page.text().forSite(currentTenant.get().names());
        ContentItem updated = editor.update(caller, item.id(), item.version(), new ContentDraft(ContentType.PAGE,
                item.slug(), item.sortOrder(), text.title(), text.summary(), text.body(), item.leadImage(),
                null, null, null, null, item.unpublishAt()));
        updated.followTemplate(page.template(), page.path(), page.revision());
        audit.record(currentTenant.get().slug(), caller.username(), action, ContentType.PAGE.name(), item.id(),
                page.template() + "/" + page.path() + " revision " + page.revision());
        return updated;
    }

    private Optional<TemplateOffer> offer(ContentItem item) {
        return laterPage(item).map(page -> new TemplateOffer(item.id(), item.slug(), page.revision(),
                new PageText(item.title(), item.summary(), item.body()),
                page.text().forSite(currentTenant.get().names())));
    }

    private Optional<TemplatePage> laterPage(ContentItem item) {
        Optional<TemplateOrigin> origin = item.templateOrigin();
        return origin.flatMap(from -> templates.page(from.template(), from.path())
                .filter(page -> page.revision() > from.revision()));
    }

    private ContentItem offered(long itemId) {
        em.joinTransaction();
        ContentItem item = em.find(ContentItem.class, itemId);
        if (item == null || laterPage(item).isEmpty()) {
            throw new RejectedException(Reason.NOT_FOUND, Problem.of(null, "template.update.none"));
        }
        return item;
    }
}
