package la.gov.gweb.publishing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.LegalDetails;
import la.gov.gweb.content.ResultPage;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.indexing.SearchOutbox;
import la.gov.gweb.persistence.SiteStore;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantSlug;

/**
 * Every change to the current site's content goes through here: the caller's role is checked,
 * the draft validated and its HTML sanitized, a revision kept, the search index notified
 * through its outbox and the action audited, all in one transaction. A save based on an older version than the stored one is refused.
 */
@RequestScoped
public class ContentEditor {

    @Inject
    @SiteStore
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    AuditLog audit;

    @Inject
    ScheduledChanges scheduled;

    @Inject
    SearchOutbox searchOutbox;

    private final Clock clock = Clock.systemUTC();

    /** Items of any status (or one), of one type or all, newest change first, for members of the site. */
    public ResultPage<ContentItem> list(Caller caller, ContentType type, ContentStatus status, int page, int size) {
        Access.require(caller, SiteRole.AUTHOR);
        String where = " from ContentItem c where 1 = 1" + (type == null ? "" : " and c.type = :type")
                + (status == null ? "" : " and c.status = :status");
        var count = em.createQuery("select count(c)" + where, Long.class);
        var items = em.createQuery("select c" + where + " order by c.updatedAt desc, c.id desc", ContentItem.class);
        if (type != null) {
            count.setParameter("type", type);
            items.setParameter("type", type);
        }
        if (status != null) {
            count.setParameter("status", status);
            items.setParameter("status", status);
        }
        return new ResultPage<>(items.setFirstResult(ResultPage.offset(page, size)).setMaxResults(size).getResultList(),
                page, size, count.getSingleResult());
    }

    public ContentItem find(Caller caller, long id) {
        Access.require(caller, SiteRole.AUTHOR);
        return load(id);
    }

    @Transactional
    public ContentItem create(Caller caller, ContentDraft draft) {
        Access.require(caller, SiteRole.AUTHOR);
        check(draft, null);
        em.joinTransaction();
        ContentItem item = new ContentItem(draft.type(), draft.slug(), draft.title(), clock.instant());
        apply(item, draft, caller);
        em.persist(item);
        em.flush();
        keepRevision(item, caller);
        searchOutbox.itemChanged(em, site(), item);
        audit.record(site(), caller.username(), "content.create", draft.type().name(), item.id(), draft.slug());
        return item;
    }

    @Transactional
    public ContentItem update(Caller caller, long id, long expectedVersion, ContentDraft draft) {
        Access.require(caller, SiteRole.AUTHOR);
        em.joinTransaction();
        ContentItem item = load(id);
        if (item.status() == ContentStatus.PUBLISHED && !caller.may(SiteRole.EDITOR)) {
            throw new RejectedException(Reason.FORBIDDEN, Problem.of(null, "content.published.editorsOnly"));
        }
        if (item.version() != expectedVersion) {
            throw new RejectedException(Reason.CONFLICT, Problem.of(null, "content.conflict", item.updatedBy()));
        }
        if (draft.type() != item.type()) {
            throw new RejectedException(Reason.INVALID, Problem.of("type", "content.type.fixed"));
        }
        check(draft, id);
        apply(item, draft, caller);
        em.flush();
        keepRevision(item, caller);
        searchOutbox.itemChanged(em, site(), item);
        audit.record(site(), caller.username(), "content.update", item.type().name(), id, item.slug());
        return item;
    }

    /** An author hands a draft to the editors. */
    @Transactional
    public ContentItem submit(Caller caller, long id) {
        return transition(caller, id, SiteRole.AUTHOR, ContentStatus.IN_REVIEW, "content.submit", null);
    }

    /** Publishes now, or at a later minute: the item appears on the site when that time comes. */
    @Transactional
    public ContentItem publish(Caller caller, long id, Instant at) {
        return transition(caller, id, SiteRole.EDITOR, ContentStatus.PUBLISHED, "content.publish",
                at == null ? clock.instant() : at);
    }

    /** Takes an item off the site back into draft. */
    @Transactional
    public ContentItem unpublish(Caller caller, long id) {
        return transition(caller, id, SiteRole.EDITOR, ContentStatus.DRAFT, "content.unpublish", null);
    }

    @Transactional
    public ContentItem archive(Caller caller, long id) {
        return transition(caller, id, SiteRole.EDITOR, ContentStatus.ARCHIVED, "content.archive", null);
    }

    /** Schedules a published item to leave the site at a given time; null cancels the schedule. */
    @Transactional
    public ContentItem scheduleUnpublish(Caller caller, long id, Instant at) {
        Access.require(caller, SiteRole.EDITOR);
        em.joinTransaction();
        ContentItem item = load(id);
        item.unpublishAt(at);
        item.changedBy(caller.username(), clock.instant());
        searchOutbox.itemChanged(em, site(), item);
        audit.record(site(), caller.username(), "content.scheduleUnpublish", item.type().name(), id,
                at == null ? "cancelled" : at.toString());
        return item;
    }

    @Transactional
    public void delete(Caller caller, long id) {
        Access.require(caller, SiteRole.EDITOR);
        em.joinTransaction();
        ContentItem item = load(id);
        em.createQuery("delete from ContentRevision r where r.itemId = :id").setParameter("id", id).executeUpdate();
        em.remove(item);
        searchOutbox.itemDeleted(em, site(), id);
        audit.record(site(), caller.username(), "content.delete", item.type().name(), id, item.slug());
    }

    public List<ContentRevision> revisions(Caller caller, long id) {
        Access.require(caller, SiteRole.AUTHOR);
        load(id);
        return em.createQuery("select r from ContentRevision r where r.itemId = :id order by r.number desc",
                        ContentRevision.class)
                .setParameter("id", id)
                .getResultList();
    }

    /**
     * Saves a new version of a published item to go live at a later minute; until then the site
     * keeps showing the current one. The new version is kept as a revision and applied by the
     * scheduler, also after a restart if it fell due while the platform was down.
     */
    @Transactional
    public ContentRevision scheduleReplacement(Caller caller, long id, long expectedVersion, ContentDraft draft,
                                               Instant at) {
        Access.require(caller, SiteRole.EDITOR);
        em.joinTransaction();
        ContentItem item = load(id);
        if (item.version() != expectedVersion) {
            throw new RejectedException(Reason.CONFLICT, Problem.of(null, "content.conflict", item.updatedBy()));
        }
        if (at == null || !at.isAfter(clock.instant())) {
            throw new RejectedException(Reason.INVALID, Problem.of("replaceAt", "content.replaceAt.past"));
        }
        check(draft, id);
        ContentItem preview = new ContentItem(item.type(), draft.slug(), draft.title(), clock.instant());
        apply(preview, draft, caller);
        preview.publish(item.publishedAt());
        ContentRevision revision = new ContentRevision(item.id(), nextRevision(item), clock.instant(),
                caller.username(), ContentStatus.PUBLISHED, RevisionSnapshot.of(preview).toJson());
        em.persist(revision);
        scheduled.scheduleReplacement(site(), id, revision.number(), at, caller.username());
        audit.record(site(), caller.username(), "content.scheduleReplacement", item.type().name(), id, at.toString());
        return revision;
    }

    /** Applies a replacement that fell due, as the scheduler does; the caller acts for its author. */
    @Transactional
    public ContentItem applyReplacement(Caller caller, long id, int revisionNumber) {
        ContentItem item = restore(caller, id, revisionNumber);
        if (item.status() != ContentStatus.PUBLISHED) {
            item.publish(item.publishedAt() == null ? clock.instant() : item.publishedAt());
        }
        return item;
    }

    /** Brings back the fields of an earlier revision, as a new save with its own revision. */
    @Transactional
    public ContentItem restore(Caller caller, long id, int revisionNumber) {
        ContentItem item = load(id);
        ContentRevision revision = revisions(caller, id).stream()
                .filter(r -> r.number() == revisionNumber)
                .findFirst()
                .orElseThrow(() -> new RejectedException(Reason.NOT_FOUND, Problem.of("revision", "content.revision.unknown")));
        return update(caller, id, item.version(), revision.snapshot().toDraft(item));
    }

    /**
     * Keeps the item's current state as a revision when it has none yet, as items imported from a
     * site folder or template have none, so that a change made after this can be undone.
     */
    @Transactional
    public void keepFirstRevision(Caller caller, long id) {
        Access.require(caller, SiteRole.EDITOR);
        em.joinTransaction();
        ContentItem item = load(id);
        if (nextRevision(item) == 1) {
            keepRevision(item, caller);
        }
    }

    private ContentItem transition(Caller caller, long id, SiteRole needed, ContentStatus target, String action,
                                   Instant publishAt) {
        Access.require(caller, needed);
        em.joinTransaction();
        ContentItem item = load(id);
        if (target == ContentStatus.PUBLISHED) {
            item.publish(publishAt);
        } else {
            item.changeStatus(target);
        }
        item.changedBy(caller.username(), clock.instant());
        em.flush();
        keepRevision(item, caller);
        searchOutbox.itemChanged(em, site(), item);
        audit.record(site(), caller.username(), action, item.type().name(), id,
                publishAt == null ? null : publishAt.toString());
        return item;
    }

    private void apply(ContentItem item, ContentDraft draft, Caller caller) {
        item.moveTo(draft.slug());
        item.placeAmongSiblings(draft.order());
        item.writeText(draft.title(), orEmpty(draft.summary()), sanitized(draft.body()), clock.instant());
        item.showLeadImage(draft.leadImage());
        item.describeLegalDocument(draft.type() == ContentType.LEGAL_DOCUMENT
                ? new LegalDetails(draft.legalNumber().strip(), draft.legalKind(), draft.legalIssued(),
                        orEmpty(draft.legalIssuer()))
                : null);
        item.unpublishAt(draft.unpublishAt());
        item.changedBy(caller.username(), clock.instant());
    }

    private void check(ContentDraft draft, Long id) {
        List<Problem> problems = new ArrayList<>(DraftValidator.problems(draft));
        if (problems.isEmpty() && slugTaken(draft.type(), draft.slug(), id)) {
            problems.add(Problem.of("slug", "content.slug.taken", draft.slug()));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(Reason.INVALID, problems);
        }
    }

    private boolean slugTaken(ContentType type, String slug, Long id) {
        return em.createQuery("select count(c) from ContentItem c where c.type = :type and c.slug = :slug"
                        + " and c.id <> :id", Long.class)
                .setParameter("type", type)
                .setParameter("slug", slug)
                .setParameter("id", id == null ? -1L : id)
                .getSingleResult() > 0;
    }

    private void keepRevision(ContentItem item, Caller caller) {
        em.persist(new ContentRevision(item.id(), nextRevision(item), clock.instant(), caller.username(),
                item.status(), RevisionSnapshot.of(item).toJson()));
    }

    private int nextRevision(ContentItem item) {
        Integer last = em.createQuery("select max(r.number) from ContentRevision r where r.itemId = :id", Integer.class)
                .setParameter("id", item.id())
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private ContentItem load(long id) {
        ContentItem item = em.find(ContentItem.class, id);
        if (item == null) {
            throw new RejectedException(Reason.NOT_FOUND, Problem.of(null, "content.unknown", id));
        }
        return item;
    }

    private static LocalizedText sanitized(LocalizedText html) {
        return html == null ? LocalizedText.of(null, null)
                : LocalizedText.of(SafeHtml.sanitize(html.lo()), SafeHtml.sanitize(html.en()));
    }

    private static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? LocalizedText.of(null, null) : text;
    }

    private TenantSlug site() {
        return currentTenant.get().slug();
    }
}
