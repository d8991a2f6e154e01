package la.gov.gweb.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * The active site of a request, from its Host header. Authentication runs before any filter, so
 * it resolves the site itself, the same way the tenant filter does afterwards.
 */
final class RequestTenant {

    private RequestTenant() {
    }

    static boolean isPortal(HttpServletRequest request, PlatformSettings settings) {
        return HostName.fromHostHeader(request.getHeader("Host")).filter(settings.portalHost()::equals).isPresent();
    }

    static Optional<TenantSnapshot> of(HttpServletRequest request, TenantDirectory directory) {
        return HostName.fromHostHeader(request.getHeader("Host"))
                .flatMap(directory::resolve)
                .filter(TenantSnapshot::isActive);
    }
}
