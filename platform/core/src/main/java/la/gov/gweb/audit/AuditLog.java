package la.gov.gweb.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import la.gov.gweb.tenant.TenantSlug;

/**
 * Records actions in the same transaction as the change they describe, so the log never claims
 * a change that was rolled back, and reads them back per site.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "gweb")
    EntityManager em;

    @Inject
    ClientAddress clientAddress;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public void record(TenantSlug site, String username, String action, String targetType, Object targetId,
                       String detail) {
        em.persist(new AuditEvent(clock.instant(), site == null ? null : site.value(), username, action, targetType,
                targetId == null ? null : String.valueOf(targetId), detail, address()));
    }

    /** A site's events matching the filter, newest first. */
    @Transactional
    public List<AuditEvent> find(TenantSlug site, AuditFilter filter, int first, int limit) {
        return events(Objects.requireNonNull(site), filter, first, limit);
    }

    @Transactional
    public long count(TenantSlug site, AuditFilter filter) {
        return total(Objects.requireNonNull(site), filter);
    }

    /** Events of the platform and of every site matching the filter, newest first: for platform admins only. */
    @Transactional
    public List<AuditEvent> findEverywhere(AuditFilter filter, int first, int limit) {
        return events(null, filter, first, limit);
    }

    @Transactional
    public long countEverywhere(AuditFilter filter) {
        return total(null, filter);
    }

    private List<AuditEvent> events(TenantSlug site, AuditFilter filter, int first, int limit) {
        return filter.bind(em.createQuery("select e" + filter.where(site) + " order by e.occurredAt desc, e.id desc",
                        AuditEvent.class), site)
                .setFirstResult(first)
                .setMaxResults(limit)
                .getResultList();
    }

    private long total(TenantSlug site, AuditFilter filter) {
        return filter.bind(em.createQuery("select count(e)" + filter.where(site), Long.class), site).getSingleResult();
    }

    /** Outside a request (start-up, scheduled work) there is no client address to record. */
    private String address() {
        try {
            return clientAddress.get();
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }
}
