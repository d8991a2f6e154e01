package la.gov.gweb.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import la.gov.gweb.config.PlatformSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Creates and migrates the platform schema and the site schemas with Flyway. Migrating is
 * idempotent: a schema that is up to date is left untouched, so this runs at every start.
 */
@ApplicationScoped
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Inject
    PlatformSettings settings;

    @Inject
    TenantStores stores;

    private ConfiguredDataSource dataSource;

    @PostConstruct
    void init() {
        dataSource = new ConfiguredDataSource(settings);
    }

    /** Brings the platform catalog (the connection's default schema) up to date. */
    public int migratePlatform() {
        int applied = flyway("classpath:db/platform").load().migrate().migrationsExecuted;
        LOG.info(() -> "Platform schema: " + applied + " migrations applied");
        return applied;
    }

    /** Creates a site's schema if needed and brings it up to date; returns the migrations applied. */
    public int migrateTenant(String schemaName) {
        createSchema(schemaName);
        int applied = flyway("classpath:db/tenant").schemas(schemaName).load().migrate().migrationsExecuted;
        LOG.fine(() -> "Site schema " + schemaName + ": " + applied + " migrations applied");
        return applied;
    }

    /**
     * The sites, of those named, whose schema is missing or behind the newest site migration this
     * release ships. It asks each schema for its newest applied migration over one connection
     * instead of running Flyway for each: every Flyway run scans the class path, and runs wait for
     * each other on Flyway's logger, which made an ordinary start with 200 up-to-date sites take
     * a dozen seconds. A schema whose history cannot be read counts as behind, so that Flyway
     * itself creates, repairs or refuses it.
     */
    public List<String> tenantsBehind(Collection<String> schemaNames) {
        if (schemaNames.isEmpty()) {
            return List.of();
        }
        MigrationVersion newest = newestShippedTenantMigration(schemaNames.iterator().next());
        List<String> behind = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String schemaName : schemaNames) {
                if (newestApplied(statement, schemaName).compareTo(newest) < 0) {
                    behind.add(schemaName);
                }
            }
        } catch (SQLException e) {
            return List.copyOf(schemaNames);
        }
        return behind;
    }

    private MigrationVersion newestShippedTenantMigration(String anySchemaName) {
        return Arrays.stream(flyway("classpath:db/tenant").schemas(checked(anySchemaName)).load().info().all())
                .filter(migration -> migration.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
    }

    private static MigrationVersion newestApplied(Statement statement, String schemaName) {
        String sql = "SELECT version FROM " + checked(schemaName) + ".flyway_schema_history"
                + " WHERE success = TRUE AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1";
        try (ResultSet newestFirst = statement.executeQuery(sql)) {
            return newestFirst.next() ? MigrationVersion.fromVersion(newestFirst.getString(1)) : MigrationVersion.EMPTY;
        } catch (SQLException missingOrUnreadable) {
            return MigrationVersion.EMPTY;
        }
    }

    /** The migrations applied to the platform schema, oldest first, as {@code version checksum installed-on}. */
    public List<String> platformHistory() {
        return describe(flyway("classpath:db/platform"));
    }

    /** The migrations applied to a site's schema, oldest first, as {@code version checksum installed-on}. */
    public List<String> tenantHistory(String schemaName) {
        return describe(flyway("classpath:db/tenant").schemas(checked(schemaName)));
    }

    private static List<String> describe(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        return Arrays.stream(configuration.load().info().applied())
                .map(m -> m.getVersion() + " " + m.getChecksum() + " " + m.getInstalledOn().toInstant())
                .toList();
    }

    /** Removes a site's schema and everything in it. */
    public void dropTenantSchema(String schemaName) {
        stores.forget(schemaName);
        execute(isMySql()
                ? "DROP DATABASE IF EXISTS `" + checked(schemaName) + "`"
                : "DROP SCHEMA IF EXISTS " + checked(schemaName) + " CASCADE");
    }

    /** MySQL gets the character set and collation stated, so that Lao text is stored byte for byte. */
    private void createSchema(String schemaName) {
        execute(isMySql()
                ? "CREATE DATABASE IF NOT EXISTS `" + checked(schemaName) + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
                : "CREATE SCHEMA IF NOT EXISTS " + checked(schemaName));
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String location) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .failOnMissingLocations(true);
    }

    private boolean isMySql() {
        String url = settings.dbUrl().toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    private static String checked(String schemaName) {
        if (!schemaName.matches("[a-z][a-z0-9_]{1,63}")) {
            throw new IllegalArgumentException("Invalid schema name " + schemaName);
        }
        return schemaName;
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }
}
