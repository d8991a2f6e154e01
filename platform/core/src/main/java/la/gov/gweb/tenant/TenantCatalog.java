package la.gov.gweb.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The platform catalog of sites and their host names, in the platform schema. */
@ApplicationScoped
public class TenantCatalog {

    @PersistenceContext(unitName = "gweb")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public List<TenantSnapshot> all() {
        return em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList().stream()
                .map(Tenant::snapshot)
                .toList();
    }

    @Transactional
    public Optional<TenantSnapshot> find(TenantSlug slug) {
        return entity(slug).map(Tenant::snapshot);
    }

    /** Adds a site; refused when its slug or one of its host names is taken. */
    @Transactional
    public TenantSnapshot add(TenantDefinition definition, String schemaName) {
        if (entity(definition.slug()).isPresent()) {
            throw new TenantConflictException("The site slug '" + definition.slug() + "' is already taken");
        }
        for (HostName host : definition.hosts()) {
            if (em.find(TenantHost.class, host.value()) != null) {
                throw new TenantConflictException("The host name '" + host + "' already belongs to a site");
            }
        }
        Tenant tenant = new Tenant(definition, schemaName, clock.instant());
        em.persist(tenant);
        return tenant.snapshot();
    }

    @Transactional
    public TenantSnapshot changeStatus(TenantSlug slug, TenantStatus status) {
        Tenant tenant = entity(slug).orElseThrow(() -> new UnknownTenantException(slug));
        tenant.changeStatus(status, clock.instant());
        return tenant.snapshot();
    }

    /** Applies a change; refused when a new host name belongs to another site. */
    @Transactional
    public TenantSnapshot change(TenantSlug slug, TenantChange change) {
        Tenant tenant = entity(slug).orElseThrow(() -> new UnknownTenantException(slug));
        var now = clock.instant();
        if (change.hosts() != null) {
            for (HostName host : change.hosts()) {
                hostOwner(host).filter(owner -> !owner.equals(slug)).ifPresent(owner -> {
                    throw new TenantConflictException("The host name '" + host + "' already belongs to a site");
                });
            }
            tenant.changeHosts(change.hosts(), now);
        }
        if (change.status() != null) {
            tenant.changeStatus(change.status(), now);
        }
        if (change.names() != null) {
            tenant.rename(change.names(), now);
        }
        if (change.theme() != null) {
            tenant.changeTheme(change.theme(), now);
        }
        em.flush();
        return tenant.snapshot();
    }

    /** The site a host name belongs to, if any. */
    @Transactional
    public Optional<TenantSlug> hostOwner(HostName host) {
        return Optional.ofNullable(em.find(TenantHost.class, host.value())).map(TenantHost::tenantSlug);
    }

    @Transactional
    public void remove(TenantSlug slug) {
        entity(slug).ifPresent(em::remove);
    }

    private Optional<Tenant> entity(TenantSlug slug) {
        return em.createNamedQuery(Tenant.BY_SLUG, Tenant.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst();
    }
}
