package la.gov.gweb.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import la.gov.gweb.tenant.TenantSlug;

/**
 * Which changes of a site an export holds. The audit log records every change a person makes to
 * a site (content, media, menus, settings, members, hosts, an import) with an id that only grows,
 * so "exported since the last change" is an export covering the newest such entry. Ids decide,
 * not times: times are whole seconds and a change and an export can share one.
 */
@ApplicationScoped
public class SiteExports {

    /** Audit actions that read or derive but change nothing an archive holds. */
    static final List<String> NOT_CHANGES = List.of("login", "login.failed", "search.rebuild", "search.rebuildAll",
            "site.export");

    @PersistenceContext(unitName = "gweb")
    EntityManager em;

    /** The newest audit entry of the site, read before an export reads the site. */
    @Transactional
    public long newestAuditEntry(TenantSlug site) {
        Long newest = em.createQuery("select max(e.id) from AuditEvent e where e.tenantSlug = :site", Long.class)
                .setParameter("site", site.value())
                .getSingleResult();
        return newest == null ? 0 : newest;
    }

    @Transactional
    public void record(TenantSlug site, Instant at, String username, long coversAudit, String sha256, long bytes) {
        em.persist(new SiteExport(site.value(), at, username, coversAudit, sha256, bytes));
    }

    /** True when an export of the site covers its newest change; a site never exported has none. */
    @Transactional
    public boolean coverLastChange(TenantSlug site) {
        Long lastChange = em.createQuery("select max(e.id) from AuditEvent e where e.tenantSlug = :site"
                        + " and e.action not in :notChanges", Long.class)
                .setParameter("site", site.value())
                .setParameter("notChanges", NOT_CHANGES)
                .getSingleResult();
        Long covering = em.createQuery("select count(x) from SiteExport x where x.tenantSlug = :site"
                        + " and x.coversAudit >= :change", Long.class)
                .setParameter("site", site.value())
                .setParameter("change", lastChange == null ? 0 : lastChange)
                .getSingleResult();
        return covering > 0;
    }
}
