package la.gov.gweb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.seed.SiteFolderReader;

/**
 * Applies the site folders under the tenants folder: a site that does not exist yet is created
 * with its content (over its template when it names one); one that exists is left as its
 * webmasters made it. A broken folder is reported and skipped, and never stops the other sites
 * from starting.
 */
@ApplicationScoped
public class SiteFolders {

    private static final Logger LOG = Logger.getLogger(SiteFolders.class.getName());

    @Inject
    PlatformSettings settings;

    @Inject
    SiteCreation creation;

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
                created += creation.createFromFolder(SiteFolderReader.read(folder)) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.severe(() -> "Site folder " + folder + " skipped: " + e.getMessage());
            }
        }
        return created;
    }

    private static List<Path> siteFolders(Path tenantsDir) {
        try (Stream<Path> folders = Files.list(tenantsDir)) {
            return folders.filter(SiteFolderReader::isSiteFolder).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
