package la.gov.gweb.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.tenant.HostName;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site schema migrations on the embedded database in the platform's own mode. */
final class SchemaMigrationsTest {

    @TempDir
    Path data;

    private final SchemaMigrations migrations = new SchemaMigrations();
    private String url;

    @BeforeEach
    void database() {
        url = "jdbc:h2:file:" + data.resolve("gweb") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        migrations.settings = new PlatformSettings(data, url, "gweb", "", data, "gweb_site_", HostName.of("localhost"),
                "admin", Optional.empty(), 1000);
        migrations.stores = new TenantStores();
        migrations.init();
    }

    @Test
    void aMigratedSchemaIsNotBehindAndAMissingOneIs() {
        migrations.migrateTenant("gweb_site_mtc");

        assertEquals(List.of("gweb_site_egc"), migrations.tenantsBehind(List.of("gweb_site_mtc", "gweb_site_egc")));
    }

    @Test
    void aSchemaOfTheReleaseBeforeIsBehindUntilMigrated() {
        migrations.migrateTenant("gweb_site_mtc");
        migrateToThePreviousRelease("gweb_site_egc");

        assertEquals(List.of("gweb_site_egc"), migrations.tenantsBehind(List.of("gweb_site_mtc", "gweb_site_egc")));
        assertEquals(1, migrations.migrateTenant("gweb_site_egc"));
        assertEquals(List.of(), migrations.tenantsBehind(List.of("gweb_site_mtc", "gweb_site_egc")));
    }

    @Test
    void aSchemaWhoseNewestMigrationFailedIsBehind() throws Exception {
        migrations.migrateTenant("gweb_site_mtc");
        execute("UPDATE gweb_site_mtc.flyway_schema_history SET success = FALSE"
                + " WHERE installed_rank = (SELECT MAX(installed_rank) FROM gweb_site_mtc.flyway_schema_history)");

        assertEquals(List.of("gweb_site_mtc"), migrations.tenantsBehind(List.of("gweb_site_mtc")));
    }

    /** Applies every site migration but the newest, as a start of the release before would have. */
    private void migrateToThePreviousRelease(String schema) {
        FluentConfiguration tenantMigrations = Flyway.configure().dataSource(url, "gweb", "")
                .locations("classpath:db/tenant").schemas(schema);
        List<MigrationVersion> shipped = Arrays.stream(tenantMigrations.load().info().all())
                .map(MigrationInfo::getVersion).sorted().toList();
        tenantMigrations.target(shipped.get(shipped.size() - 2)).load().migrate();
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "gweb", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
