package la.gov.gweb.tenant;

import java.util.List;
import la.gov.gweb.i18n.LocalizedText;

/**
 * A tenant as one request sees it: an immutable copy of its catalog row, safe to cache and to
 * share between threads. The first host name is the primary one; {@code template} is the site
 * template it was made from, or null.
 */
public record TenantSnapshot(TenantSlug slug, TenantStatus status, String theme, LocalizedText names,
                             String schemaName, List<HostName> hosts, String template) {

    public TenantSnapshot {
        hosts = List.copyOf(hosts);
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public HostName primaryHost() {
        return hosts.get(0);
    }
}
