package la.gov.gweb.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import la.gov.gweb.config.PlatformSettings;

/**
 * Makes sure the platform has an admin on its first start: the one configured with
 * {@code GWEB_ADMIN_USER}/{@code GWEB_ADMIN_PASSWORD}, or one with a generated password that is
 * written to the log this one time and never stored in clear.
 */
@ApplicationScoped
public class PlatformAdminBootstrap {

    private static final Logger LOG = Logger.getLogger(PlatformAdminBootstrap.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    PlatformSettings settings;

    public void ensureAdmin() {
        if (accounts.anyPlatformAdmin()) {
            return;
        }
        boolean generated = settings.adminPassword().isEmpty();
        String password = settings.adminPassword().orElseGet(GeneratedPassword::create);
        accounts.create(settings.adminUser(), "Platform admin", password.toCharArray(), true);
        if (generated) {
            LOG.warning(() -> "Created the platform admin '" + settings.adminUser() + "' with the password "
                    + password + " (shown once; set GWEB_ADMIN_PASSWORD to choose it)");
        } else {
            LOG.info(() -> "Created the platform admin '" + settings.adminUser() + "' from GWEB_ADMIN_PASSWORD");
        }
    }
}
