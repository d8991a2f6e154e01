package la.gov.gweb.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One host name a site answers on; the primary one is used in links, the others are aliases. */
@Entity
@Table(name = "tenant_host")
public class TenantHost {

    @Id
    @Column(name = "host_name", length = 253)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tenant_id", nullable = false)
    private Tenant tenant;

    @Column(name = "primary_host", nullable = false)
    private boolean primaryHost;

    protected TenantHost() {
    }

    TenantHost(Tenant tenant, HostName name, boolean primaryHost) {
        this.tenant = tenant;
        this.name = name.value();
        this.primaryHost = primaryHost;
    }

    void makePrimary(boolean primary) {
        this.primaryHost = primary;
    }

    boolean isPrimary() {
        return primaryHost;
    }

    TenantSlug tenantSlug() {
        return new TenantSlug(tenant.slug());
    }

    public HostName hostName() {
        return new HostName(name);
    }
}
