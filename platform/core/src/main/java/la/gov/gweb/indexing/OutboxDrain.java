package la.gov.gweb.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.persistence.TenantStores;
import la.gov.gweb.search.SiteIndex;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Brings a site's index up to date with the outbox entries that are due: each noted item is read
 * as it is now and put into the index if the public sees it, or taken out if not. Entries are
 * removed only after the index has committed, so a crash at any point leaves them to be drained
 * again; draining twice does no harm. Callers must not drain one site from two threads at once.
 */
@ApplicationScoped
public class OutboxDrain {

    /** Entries handled per round; a bulk import drains in several rounds. */
    static final int BATCH = 500;

    @Inject
    TenantStores stores;

    @Inject
    IndexingStore store;

    @Inject
    AttachmentTexts attachmentTexts;

    @Inject
    Event<OutboxDrained> drained;

    private final Clock clock = Clock.systemUTC();

    /**
     * Drains one round of due entries.
     *
     * @return what is left: whether more entries are due now, and when the next later one falls due
     */
    public DrainOutcome drainRound(TenantSnapshot site, SiteIndex index) throws IOException {
        Instant now = clock.instant();
        EntityManager em = stores.open(site);
        try {
            List<OutboxEntry> due = em.createQuery(
                            "select e from OutboxEntry e where e.dueAt <= :now order by e.id", OutboxEntry.class)
                    .setParameter("now", now)
                    .setMaxResults(BATCH)
                    .getResultList();
            if (!due.isEmpty()) {
                apply(site, index, em, due, now);
                index.commit();
                store.forget(site, due.stream().map(OutboxEntry::id).toList());
                drained.fire(new OutboxDrained(site.slug()));
            }
            return new DrainOutcome(due.size() == BATCH, nextDue(em));
        } finally {
            em.close();
        }
    }

    private void apply(TenantSnapshot site, SiteIndex index, EntityManager em, List<OutboxEntry> due, Instant now)
            throws IOException {
        Set<Long> ids = new LinkedHashSet<>();
        due.forEach(entry -> ids.add(entry.itemId()));
        List<ContentItem> visible = new ArrayList<>();
        for (long id : ids) {
            ContentItem item = em.find(ContentItem.class, id);
            if (item != null && item.isVisibleAt(now)) {
                visible.add(item);
            } else {
                index.delete(id);
            }
        }
        Map<Long, AttachmentText> texts = attachmentTexts.of(site, em, visible);
        for (ContentItem item : visible) {
            index.upsert(SearchDocuments.of(site.slug(), item, texts));
        }
    }

    private static Optional<Instant> nextDue(EntityManager em) {
        return em.createQuery("select e.dueAt from OutboxEntry e order by e.dueAt", Instant.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * What a round left behind.
     *
     * @param moreDue true if the round was full and more entries may be due already
     * @param nextDue when the earliest remaining entry falls due, if there is one
     */
    public record DrainOutcome(boolean moreDue, Optional<Instant> nextDue) {
    }
}
