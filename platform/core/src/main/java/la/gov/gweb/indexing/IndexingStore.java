package la.gov.gweb.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import la.gov.gweb.persistence.TenantStores;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * The few writes the indexer makes to a site's schema, each in a short transaction of its own,
 * so that no transaction stays open while files are parsed or the index is written.
 */
@ApplicationScoped
public class IndexingStore {

    @Inject
    TenantStores stores;

    /** Keeps an attachment's extracted text, replacing an older extraction. */
    @Transactional
    public void keep(TenantSnapshot site, AttachmentText text) {
        EntityManager em = stores.open(site);
        try {
            em.merge(text);
        } finally {
            em.close();
        }
    }

    /** Removes outbox entries whose items the index has committed. */
    @Transactional
    public void forget(TenantSnapshot site, Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return;
        }
        EntityManager em = stores.open(site);
        try {
            em.createQuery("delete from OutboxEntry e where e.id in :ids")
                    .setParameter("ids", entryIds)
                    .executeUpdate();
        } finally {
            em.close();
        }
    }
}
