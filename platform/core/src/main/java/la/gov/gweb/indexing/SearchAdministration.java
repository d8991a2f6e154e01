package la.gov.gweb.indexing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.persistence.SiteStore;
import la.gov.gweb.search.extract.Extraction;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * The search index as the console shows it: its state, the attached files without searchable
 * text and the rebuilds. A site admin sees and rebuilds the current site; only a platform admin
 * rebuilds every site at once.
 */
@RequestScoped
public class SearchAdministration {

    /** The index of one site as it stands now. */
    public record IndexStatus(int documents, long waitingChanges, Optional<RebuildProgress> rebuild) {
    }

    /** An attached file whose text could not be read, or only partly. */
    public record UnreadAttachment(long itemId, String itemTitle, String fileName, Extraction.Status status,
                                   String detail) {
    }

    @Inject
    @SiteStore
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantDirectory directory;

    @Inject
    SearchEngine engine;

    @Inject
    IndexRebuilds rebuilds;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    public IndexStatus status(Caller caller) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        TenantSnapshot site = currentTenant.get();
        try {
            long waiting = em.createQuery("select count(e) from OutboxEntry e where e.dueAt <= :now", Long.class)
                    .setParameter("now", clock.instant())
                    .getSingleResult();
            return new IndexStatus(engine.index(site.slug()).documentCount(), waiting, rebuilds.progress(site.slug()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files of the site whose text is missing or cut short, newest item first. */
    public List<UnreadAttachment> unreadAttachments(Caller caller) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        return em.createQuery("select a.item.id, a.item.title.lo, a.item.title.en, a.fileName, t.status, t.detail"
                        + " from AttachmentText t, Attachment a where a.id = t.attachmentId and t.status not in :fine"
                        + " order by a.item.id desc", Object[].class)
                .setParameter("fine", List.of(Extraction.Status.OK))
                .setMaxResults(500)
                .getResultStream()
                .map(row -> new UnreadAttachment((Long) row[0], title((String) row[1], (String) row[2]),
                        (String) row[3], (Extraction.Status) row[4], (String) row[5]))
                .toList();
    }

    /** Rebuilds the current site's index in the background; returns its progress. */
    public RebuildProgress rebuild(Caller caller) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        TenantSnapshot site = currentTenant.get();
        audit.record(site.slug(), caller.username(), "search.rebuild", "site", site.slug().value(), null);
        return rebuilds.start(site);
    }

    /** Rebuilds every site's index in the background; for platform admins only. */
    public List<RebuildProgress> rebuildAll(Caller caller) {
        Access.requirePlatformAdmin(caller);
        audit.record(currentTenant.get().slug(), caller.username(), "search.rebuildAll", "platform", null, null);
        return directory.all().stream().map(rebuilds::start).toList();
    }

    /** The running or last rebuild of every site, for the platform admin's overview. */
    public List<RebuildProgress> allRebuilds(Caller caller) {
        Access.requirePlatformAdmin(caller);
        return directory.all().stream().map(site -> rebuilds.progress(site.slug())).flatMap(Optional::stream).toList();
    }

    private static String title(String lo, String en) {
        return lo == null || lo.isBlank() ? en : lo;
    }

}
