package la.gov.gweb.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import la.gov.gweb.tenant.TenantSnapshot;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.internal.jpa.EntityManagerFactoryDelegate;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Opens entity managers bound to one site's schema: every multitenant entity read or written
 * through them lives in that schema and nowhere else. The caller closes what it opens.
 *
 * <p>Each site has a factory of its own, made on first use from the container's {@code gweb}
 * unit with the site's schema as the factory's tenant. A tenant given per entity manager
 * instead makes EclipseLink copy and initialise every site-table descriptor and parse every
 * query again for each entity manager, tens of milliseconds of every request.
 */
@ApplicationScoped
public class TenantStores {

    private static final Logger LOG = Logger.getLogger(TenantStores.class.getName());

    @PersistenceUnit(unitName = "gweb")
    EntityManagerFactory platformUnit;

    private final ConcurrentMap<String, EntityManagerFactory> siteUnits = new ConcurrentHashMap<>();

    public EntityManager open(TenantSnapshot tenant) {
        return siteUnits.computeIfAbsent(tenant.schemaName(), this::createSiteUnit).createEntityManager();
    }

    /** Closes the factory of a schema that is about to be dropped or replaced. */
    public void forget(String schemaName) {
        EntityManagerFactory unit = siteUnits.remove(schemaName);
        if (unit != null && unit.isOpen()) {
            unit.close();
        }
    }

    @PreDestroy
    void closeAll() {
        siteUnits.keySet().forEach(this::forget);
    }

    private EntityManagerFactory createSiteUnit(String schemaName) {
        long started = System.nanoTime();
        Map<String, Object> properties = new HashMap<>(platformUnit.getProperties());
        properties.put(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, schemaName);
        properties.put(PersistenceUnitProperties.SESSION_NAME, "gweb-site-" + schemaName);
        properties.put(PersistenceUnitProperties.DEPLOY_ON_STARTUP, "true");
        var unit = platformUnit.unwrap(EntityManagerFactoryDelegate.class).getSetupImpl().getPersistenceUnitInfo();
        EntityManagerFactory siteUnit = new PersistenceProvider()
                .createContainerEntityManagerFactory(new WovenUnitInfo(unit), properties);
        LOG.info(() -> "Opened the store of " + schemaName + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return siteUnit;
    }
}
