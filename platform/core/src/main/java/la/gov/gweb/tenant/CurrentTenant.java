package la.gov.gweb.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The site a request belongs to, set once by the web layer after resolving the Host header.
 * Code that reads a site's content asks this, never a request parameter, for the site.
 */
@RequestScoped
public class CurrentTenant {

    private TenantSnapshot tenant;

    public void set(TenantSnapshot resolved) {
        if (tenant != null && !tenant.slug().equals(resolved.slug())) {
            throw new IllegalStateException("A request cannot change its site");
        }
        this.tenant = resolved;
    }

    public Optional<TenantSnapshot> find() {
        return Optional.ofNullable(tenant);
    }

    /** The site of this request; fails when none was resolved, so no query runs without a site. */
    public TenantSnapshot get() {
        if (tenant == null) {
            throw new IllegalStateException("No site was resolved for this request");
        }
        return tenant;
    }
}
