package la.gov.gweb.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.persistence.SchemaMigrations;

/**
 * Brings sites into being and changes them. A site is created catalog row first, schema second,
 * content third, and a failure on the way removes what was made, so no half-made site stays
 * behind and no request reaches one.
 */
@ApplicationScoped
public class TenantProvisioning {

    private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());

    @Inject
    TenantCatalog catalog;

    @Inject
    TenantDirectory directory;

    @Inject
    SchemaMigrations migrations;

    @Inject
    PlatformSettings settings;

    public TenantSnapshot create(TenantDefinition definition) {
        return create(definition, tenant -> {
        });
    }

    /**
     * Creates a site and fills it before any host name leads to it: the directory learns of the
     * site only once {@code fill} has succeeded. The catalog row comes first, so that of two
     * creations of one slug the database lets one win and the other touches nothing of it. When
     * anything fails after that, the catalog row and the schema are removed again and the failure
     * is thrown on.
     */
    public TenantSnapshot create(TenantDefinition definition, Consumer<TenantSnapshot> fill) {
        if (catalog.find(definition.slug()).isPresent()) {
            throw new TenantConflictException("The site slug '" + definition.slug() + "' is already taken");
        }
        String schemaName = definition.slug().schemaName(settings.tenantSchemaPrefix());
        TenantSnapshot tenant = claim(definition, schemaName);
        try {
            migrations.migrateTenant(schemaName);
            fill.accept(tenant);
            LOG.info(() -> "Created site " + definition.slug() + " on " + definition.hosts());
            return tenant;
        } catch (RuntimeException e) {
            catalog.remove(definition.slug());
            discardSchema(schemaName);
            throw e;
        } finally {
            directory.reload();
        }
    }

    /** Adds the catalog row; a slug or host taken meanwhile by another creation is a conflict. */
    private TenantSnapshot claim(TenantDefinition definition, String schemaName) {
        try {
            return catalog.add(definition, schemaName);
        } catch (TenantConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            boolean taken = catalog.find(definition.slug()).isPresent()
                    || definition.hosts().stream().anyMatch(host -> catalog.hostOwner(host).isPresent());
            if (taken) {
                throw new TenantConflictException("The slug or a host name of '" + definition.slug()
                        + "' was taken meanwhile");
            }
            throw e;
        }
    }

    /** Changes a site's status, names, host names or theme; the directory follows at once. */
    public TenantSnapshot change(TenantSlug slug, TenantChange change) {
        try {
            return catalog.change(slug, change);
        } finally {
            directory.reload();
        }
    }

    /** Removes a site from the catalog and drops its schema; its files are left to the caller. */
    public void delete(TenantSlug slug) {
        TenantSnapshot tenant = catalog.find(slug).orElseThrow(() -> new UnknownTenantException(slug));
        catalog.remove(slug);
        directory.reload();
        migrations.dropTenantSchema(tenant.schemaName());
    }

    public TenantSnapshot changeStatus(TenantSlug slug, TenantStatus status) {
        TenantSnapshot changed = catalog.changeStatus(slug, status);
        directory.reload();
        return changed;
    }

    private void discardSchema(String schemaName) {
        try {
            migrations.dropTenantSchema(schemaName);
        } catch (RuntimeException cleanup) {
            LOG.log(Level.WARNING, "Could not drop the schema " + schemaName + " of a failed site", cleanup);
        }
    }
}
