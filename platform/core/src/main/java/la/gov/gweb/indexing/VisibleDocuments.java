package la.gov.gweb.indexing;

import static la.gov.gweb.content.PublishedContent.VISIBLE;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.persistence.TenantStores;
import la.gov.gweb.search.SearchDocument;
import la.gov.gweb.tenant.TenantSnapshot;
import org.eclipse.persistence.config.QueryHints;

/**
 * Every item of a site that the public sees, as index documents, read page by page in id order
 * with a fresh entity manager per page, so that a rebuild of a large site holds neither a long
 * transaction nor all its items in memory.
 */
final class VisibleDocuments implements Iterable<SearchDocument> {

    private static final int PAGE = 200;

    private final TenantSnapshot site;
    private final TenantStores stores;
    private final AttachmentTexts attachmentTexts;
    private final RebuildProgress progress;
    private final Instant now;

    VisibleDocuments(TenantSnapshot site, TenantStores stores, AttachmentTexts attachmentTexts,
                     RebuildProgress progress, Instant now) {
        this.site = site;
        this.stores = stores;
        this.attachmentTexts = attachmentTexts;
        this.progress = progress;
        this.now = now;
    }

    /** How many items the iteration will return, give or take the changes made meanwhile. */
    int count() {
        EntityManager em = stores.open(site);
        try {
            return em.createQuery("select count(c) from ContentItem c where" + VISIBLE, Long.class)
                    .setParameter("now", now)
                    .getSingleResult()
                    .intValue();
        } finally {
            em.close();
        }
    }

    @Override
    public Iterator<SearchDocument> iterator() {
        return new Iterator<>() {
            private final Deque<SearchDocument> page = new ArrayDeque<>();
            private long lastId;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (page.isEmpty() && !exhausted) {
                    readPage();
                }
                return !page.isEmpty();
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                progress.advance();
                return page.poll();
            }

            private void readPage() {
                EntityManager em = stores.open(site);
                try {
                    List<ContentItem> items = em.createQuery("select c from ContentItem c where c.id > :last and"
                                    + VISIBLE + " order by c.id", ContentItem.class)
                            .setParameter("last", lastId)
                            .setParameter("now", now)
                            .setHint(QueryHints.BATCH, "c.attachments")
                            .setMaxResults(PAGE)
                            .getResultList();
                    exhausted = items.size() < PAGE;
                    if (!items.isEmpty()) {
                        lastId = items.get(items.size() - 1).id();
                        Map<Long, AttachmentText> texts = attachmentTexts.of(site, em, items);
                        items.forEach(item -> page.add(SearchDocuments.of(site.slug(), item, texts)));
                    }
                } finally {
                    em.close();
                }
            }
        };
    }
}
