package la.gov.gweb.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.indexing.SearchEngine;
import la.gov.gweb.media.SiteFiles;
import la.gov.gweb.persistence.SchemaMigrations;
import la.gov.gweb.tenant.TenantCatalog;
import la.gov.gweb.tenant.TenantProvisioning;
import la.gov.gweb.tenant.TenantSlug;

/**
 * Removes every trace of a site: its catalog row with its hosts, memberships, tokens, scheduled
 * changes and exports (which follow the row), its schema, its search index and its folder. Each
 * step runs even when an earlier one failed, so a failed import leaves as little as possible.
 */
@ApplicationScoped
public class SiteRemoval {

    private static final Logger LOG = Logger.getLogger(SiteRemoval.class.getName());

    @Inject
    TenantCatalog catalog;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    SchemaMigrations migrations;

    @Inject
    SearchEngine search;

    @Inject
    SiteFiles files;

    @Inject
    PlatformSettings settings;

    /** Removes everything; returns false when some part could not be removed (and was logged). */
    public boolean removeEverything(TenantSlug slug) {
        boolean complete = step(slug, "catalog row and schema", () -> {
            if (catalog.find(slug).isPresent()) {
                provisioning.delete(slug);
            } else {
                migrations.dropTenantSchema(slug.schemaName(settings.tenantSchemaPrefix()));
            }
        });
        complete &= step(slug, "search index", () -> search.delete(slug));
        complete &= step(slug, "files", () -> files.deleteAll(slug));
        complete &= step(slug, "folder", () -> {
            Path folder = settings.dataDir().resolve("sites").resolve(slug.value());
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return complete;
    }

    private static boolean step(TenantSlug slug, String what, Runnable removal) {
        try {
            removal.run();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not remove the " + what + " of site " + slug, e);
            return false;
        }
    }
}
