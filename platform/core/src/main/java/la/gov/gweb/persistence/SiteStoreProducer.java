package la.gov.gweb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import la.gov.gweb.tenant.CurrentTenant;

/** One entity manager per request, bound to the request's site and closed when the request ends. */
@ApplicationScoped
public class SiteStoreProducer {

    @Inject
    TenantStores stores;

    @Inject
    CurrentTenant currentTenant;

    @Produces
    @SiteStore
    @RequestScoped
    EntityManager open() {
        return stores.open(currentTenant.get());
    }

    void close(@Disposes @SiteStore EntityManager em) {
        if (em.isOpen()) {
            em.close();
        }
    }
}
