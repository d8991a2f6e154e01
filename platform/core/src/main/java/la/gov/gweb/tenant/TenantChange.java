package la.gov.gweb.tenant;

import java.util.List;
import la.gov.gweb.i18n.LocalizedText;

/** A change to a site's catalog entry; a null part stays as it is. Hosts are given whole, primary first. */
public record TenantChange(TenantStatus status, LocalizedText names, List<HostName> hosts,
                           String theme) {

    public TenantChange {
        hosts = hosts == null ? null : List.copyOf(hosts);
    }
}
