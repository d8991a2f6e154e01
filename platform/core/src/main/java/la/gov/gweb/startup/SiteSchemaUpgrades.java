package la.gov.gweb.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import la.gov.gweb.media.MediaBackfill;
import la.gov.gweb.persistence.SchemaMigrations;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Brings every existing site's schema up to date at a start. Only the schemas behind this
 * release's migrations go through Flyway, several at a time, since each run is mostly waiting
 * on the database; with hundreds of sites, running it for every site was the longest step of a
 * start.
 */
@ApplicationScoped
public class SiteSchemaUpgrades {

    private static final Logger LOG = Logger.getLogger(SiteSchemaUpgrades.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    SchemaMigrations migrations;

    @Inject
    MediaBackfill mediaBackfill;

    /** Returns once every schema is up to date; the first site that could not be upgraded fails the start. */
    public void upgradeAll(List<TenantSnapshot> sites) {
        long started = System.nanoTime();
        Set<String> behind = Set.copyOf(migrations.tenantsBehind(sites.stream().map(TenantSnapshot::schemaName).toList()));
        List<Future<?>> upgrades = new ArrayList<>(behind.size());
        for (TenantSnapshot site : sites) {
            if (behind.contains(site.schemaName())) {
                upgrades.add(executor.submit(() -> upgrade(site)));
            }
        }
        for (Future<?> upgrade : upgrades) {
            try {
                upgrade.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("A site's schema could not be brought up to date", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The start was interrupted while upgrading site schemas", e);
            }
        }
        LOG.info(() -> String.format("Site schemas: %d of %d were behind, all up to date in %d ms",
                behind.size(), sites.size(), (System.nanoTime() - started) / 1_000_000));
    }

    private void upgrade(TenantSnapshot site) {
        // Files without a library row predate the library's migration, so only a start that
        // migrated a site's schema has any to adopt; other starts skip the walk of its files.
        if (migrations.migrateTenant(site.schemaName()) > 0) {
            mediaBackfill.adoptUnrecorded(site);
        }
    }
}
