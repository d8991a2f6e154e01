package la.gov.gweb.platform;

import java.util.Optional;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * A site that now answers on its hosts, with its first admin; {@code generatedPassword} is the
 * new admin account's password when the platform chose it, to be shown once and never again.
 */
public record SiteCreated(TenantSnapshot site, String adminUsername, boolean adminCreated,
                          Optional<String> generatedPassword) {
}
