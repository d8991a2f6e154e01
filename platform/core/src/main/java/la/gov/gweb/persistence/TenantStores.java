package la.gov.gweb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Map;
import la.gov.gweb.tenant.TenantSnapshot;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Opens entity managers bound to one site's schema: every multitenant entity read or written
 * through them lives in that schema and nowhere else. The caller closes what it opens.
 */
@ApplicationScoped
public class TenantStores {

    @PersistenceUnit(unitName = "gweb")
    EntityManagerFactory factory;

    public EntityManager open(TenantSnapshot tenant) {
        return factory.createEntityManager(
                Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.schemaName()));
    }
}
