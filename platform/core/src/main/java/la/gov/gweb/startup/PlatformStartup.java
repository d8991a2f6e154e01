package la.gov.gweb.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import la.gov.gweb.account.PlatformAdminBootstrap;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.indexing.SearchIndexer;
import la.gov.gweb.persistence.SchemaMigrations;
import la.gov.gweb.platform.SiteFolders;
import la.gov.gweb.platform.SiteTemplates;
import la.gov.gweb.platform.TemplatePage;
import la.gov.gweb.platform.TemplatePropagation;
import la.gov.gweb.tenant.TenantCatalog;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Brings the database up to date and the sites online before the first request: the platform
 * schema, its first admin and the shipped site templates, then every existing site's schema,
 * then new site folders, then the host directory, then the template pages that changed since the
 * last start are offered to their sites, and last the search indexer catches up in the background.
 * Runs outside a transaction, because each step manages its own.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    PlatformSettings settings;

    @Inject
    SchemaMigrations migrations;

    @Inject
    TenantCatalog catalog;

    @Inject
    SiteFolders siteFolders;

    @Inject
    SiteTemplates templates;

    @Inject
    TemplatePropagation propagation;

    @Inject
    TenantDirectory directory;

    @Inject
    PlatformAdminBootstrap adminBootstrap;

    @Inject
    SearchIndexer indexer;

    @Inject
    SiteSchemaUpgrades upgrades;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        long started = System.nanoTime();
        LOG.info(() -> "Starting G-Web with " + settings);
        migrations.migratePlatform();
        adminBootstrap.ensureAdmin();
        List<TemplatePage> revisedTemplatePages = templates.takeShipped();
        List<TenantSnapshot> existing = catalog.all();
        upgrades.upgradeAll(existing);
        int created = siteFolders.applyAll();
        directory.reload();
        revisedTemplatePages.forEach(page -> propagation.offer(page, null));
        indexer.start();
        LOG.info(() -> String.format("G-Web ready in %d ms: %d sites, %d created from folders",
                (System.nanoTime() - started) / 1_000_000, directory.all().size(), created));
    }
}
