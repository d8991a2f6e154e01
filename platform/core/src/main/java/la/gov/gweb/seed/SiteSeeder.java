package la.gov.gweb.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import la.gov.gweb.account.Account;
import la.gov.gweb.account.Accounts;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.media.SiteFiles;
import la.gov.gweb.tenant.TenantCatalog;
import la.gov.gweb.tenant.TenantProvisioning;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Applies the site folders under the tenants folder: a site that does not exist yet is created
 * with its content; one that exists is left as its webmasters made it. A broken folder is
 * reported and skipped, and never stops the other sites from starting.
 */
@ApplicationScoped
public class SiteSeeder {

    private static final Logger LOG = Logger.getLogger(SiteSeeder.class.getName());

    @Inject
    PlatformSettings settings;

    @Inject
    TenantCatalog catalog;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    SiteSeedImporter importer;

    @Inject
    SiteFiles files;

    @Inject
    Accounts accounts;

    /** Applies every folder; returns how many sites were created. */
    public int applyAll() {
        Path tenantsDir = settings.tenantsDir();
        if (!Files.isDirectory(tenantsDir)) {
            LOG.warning(() -> "No tenants folder at " + tenantsDir + "; no demo or seed sites are applied");
            return 0;
        }
        int created = 0;
        for (Path folder : siteFolders(tenantsDir)) {
            try {
                created += apply(SiteFolderReader.read(folder)) ? 1 : 0;
            } catch (SeedException e) {
                LOG.severe(() -> "Site folder skipped: " + e.getMessage());
            }
        }
        return created;
    }

    /** Creates the site of a seed unless it exists; returns whether it was created. */
    public boolean apply(SiteSeed seed) {
        if (catalog.find(seed.tenant().slug()).isPresent()) {
            return false;
        }
        TenantSnapshot tenant = provisioning.create(seed.tenant());
        try {
            importer.importInto(tenant, seed);
            seed.members().forEach(member -> grant(tenant, member));
            LOG.info(() -> "Site " + tenant.slug() + " created from " + seed.folder()
                    + " with " + seed.items().size() + " content items");
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Site " + tenant.slug() + " could not be filled from " + seed.folder()
                    + "; it was removed again", e);
            provisioning.delete(tenant.slug());
            files.deleteAll(tenant.slug());
            return false;
        }
    }

    private void grant(TenantSnapshot tenant, SiteSeed.Member member) {
        Account account = accounts.find(member.username()).orElseGet(() ->
                accounts.create(member.username(), member.name(), member.password().toCharArray(), false));
        accounts.grant(account, tenant.slug(), member.role());
    }

    private static List<Path> siteFolders(Path tenantsDir) {
        try (Stream<Path> folders = Files.list(tenantsDir)) {
            return folders.filter(SiteFolderReader::isSiteFolder).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
