package la.gov.gweb.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import la.gov.gweb.tenant.TenantSlug;

/** The platform-wide table of changes that fall due later. */
@ApplicationScoped
public class ScheduledChanges {

    @PersistenceContext(unitName = "gweb")
    EntityManager em;

    /** Schedules a replacement, replacing an earlier one of the same item. */
    @Transactional
    public void scheduleReplacement(TenantSlug site, long itemId, int revision, Instant at, String username) {
        pending(site, itemId).ifPresent(em::remove);
        em.persist(new ScheduledChange(site.value(), itemId, ScheduledChange.Kind.REPLACE, revision, at, username));
    }

    @Transactional
    public Optional<ScheduledChange> pending(TenantSlug site, long itemId) {
        return em.createQuery("select c from ScheduledChange c where c.tenantSlug = :site and c.itemId = :item",
                        ScheduledChange.class)
                .setParameter("site", site.value())
                .setParameter("item", itemId)
                .getResultStream()
                .findFirst();
    }

    /** Every change due by now, oldest first. */
    @Transactional
    public List<ScheduledChange> due(Instant now) {
        return em.createQuery("select c from ScheduledChange c where c.applyAt <= :now order by c.applyAt, c.id",
                        ScheduledChange.class)
                .setParameter("now", now)
                .setMaxResults(500)
                .getResultList();
    }

    @Transactional
    public void done(ScheduledChange change) {
        ScheduledChange managed = em.find(ScheduledChange.class, change.id());
        if (managed != null) {
            em.remove(managed);
        }
    }
}
