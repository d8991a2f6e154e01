package la.gov.gweb.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import la.gov.gweb.config.PlatformSettings;
import org.flywaydb.core.Flyway;

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
