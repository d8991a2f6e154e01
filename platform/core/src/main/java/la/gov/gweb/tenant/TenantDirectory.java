package la.gov.gweb.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves host names to sites from an in-memory copy of the catalog, so that a request costs
 * no database round trip to find its site. The copy is replaced whole on every catalog change,
 * so a reader sees either the old directory or the new one, never a mix.
 */
@ApplicationScoped
public class TenantDirectory {

    private record Entries(Map<HostName, TenantSnapshot> byHost, Map<TenantSlug, TenantSnapshot> bySlug,
                           List<TenantSnapshot> all) {
    }

    @Inject
    TenantCatalog catalog;

    private volatile Entries entries;

    public Optional<TenantSnapshot> resolve(HostName host) {
        return Optional.ofNullable(entries().byHost.get(host));
    }

    public Optional<TenantSnapshot> find(TenantSlug slug) {
        return Optional.ofNullable(entries().bySlug.get(slug));
    }

    /** Every site, active or not, ordered by slug. */
    public List<TenantSnapshot> all() {
        return entries().all;
    }

    /** Reloads the directory from the catalog; called after every change to sites or hosts. */
    public synchronized void reload() {
        List<TenantSnapshot> tenants = catalog.all();
        Map<HostName, TenantSnapshot> byHost = new HashMap<>();
        Map<TenantSlug, TenantSnapshot> bySlug = new HashMap<>();
        for (TenantSnapshot tenant : tenants) {
            bySlug.put(tenant.slug(), tenant);
            tenant.hosts().forEach(host -> byHost.put(host, tenant));
        }
        entries = new Entries(Map.copyOf(byHost), Map.copyOf(bySlug), List.copyOf(tenants));
    }

    private Entries entries() {
        Entries current = entries;
        if (current == null) {
            reload();
            current = entries;
        }
        return current;
    }
}
