package la.gov.gweb.config;

import java.nio.file.Path;
import java.util.Optional;
import la.gov.gweb.tenant.HostName;
import org.eclipse.microprofile.config.Config;

/**
 * Every setting the platform reads at start. The defaults run the platform out of the box:
 * an embedded H2 database in {@code ./data}, the demo sites from {@code ./tenants}.
 *
 * @param dataDir            where the embedded database, site files and indexes live ({@code GWEB_DATA_DIR})
 * @param dbUrl              JDBC URL of the database ({@code GWEB_DB_URL}); H2 in {@code dataDir} by default
 * @param dbUser             database user ({@code GWEB_DB_USER})
 * @param dbPassword         database password ({@code GWEB_DB_PASSWORD})
 * @param tenantsDir         folder of site folders applied at start ({@code GWEB_TENANTS_DIR})
 * @param tenantSchemaPrefix prefix of each site's schema name ({@code GWEB_DB_TENANT_SCHEMA_PREFIX})
 * @param portalHost         the platform's own host name, which belongs to no site ({@code GWEB_PORTAL_HOST})
 * @param adminUser          user name of the first platform admin ({@code GWEB_ADMIN_USER})
 * @param adminPassword      its password ({@code GWEB_ADMIN_PASSWORD}); generated and logged once when empty
 * @param maxUploadBytes     the largest file a webmaster may upload ({@code GWEB_UPLOAD_MAX_BYTES}, 50 MB)
 */
public record PlatformSettings(Path dataDir, String dbUrl, String dbUser, String dbPassword, Path tenantsDir,
                               String tenantSchemaPrefix, HostName portalHost, String adminUser,
                               Optional<String> adminPassword, long maxUploadBytes) {

    public static PlatformSettings from(Config config) {
        Path dataDir = Path.of(value(config, "gweb.data.dir", "data")).toAbsolutePath().normalize();
        // WRITE_DELAY=0: H2 otherwise keeps the last half second of commits in memory, and a
        // killed process loses edits that webmasters were told were saved.
        String defaultUrl = "jdbc:h2:file:" + dataDir.resolve("db").resolve("gweb")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
        String prefix = value(config, "gweb.db.tenant-schema-prefix", "gweb_site_");
        if (!prefix.matches("[a-z][a-z0-9_]{0,29}")) {
            throw new IllegalStateException("gweb.db.tenant-schema-prefix must be lower-case letters, digits or _");
        }
        return new PlatformSettings(
                dataDir,
                value(config, "gweb.db.url", defaultUrl),
                value(config, "gweb.db.user", "gweb"),
                value(config, "gweb.db.password", ""),
                Path.of(value(config, "gweb.tenants.dir", "tenants")).toAbsolutePath().normalize(),
                prefix,
                HostName.of(value(config, "gweb.portal.host", "localhost")),
                value(config, "gweb.admin.user", "admin"),
                config.getOptionalValue("gweb.admin.password", String.class).filter(p -> !p.isBlank()),
                config.getOptionalValue("gweb.upload.max-bytes", Long.class).orElse(50L * 1024 * 1024));
    }

    private static String value(Config config, String name, String fallback) {
        return config.getOptionalValue(name, String.class).orElse(fallback);
    }

    /** Where one site's files (media, attachments) are stored. */
    public Path siteFilesDir(String slug) {
        return dataDir.resolve("sites").resolve(slug).resolve("files");
    }

    @Override
    public String toString() {
        return "PlatformSettings[dataDir=" + dataDir + ", dbUrl=" + dbUrl + ", dbUser=" + dbUser
                + ", tenantsDir=" + tenantsDir + ", tenantSchemaPrefix=" + tenantSchemaPrefix
                + ", portalHost=" + portalHost + ", adminUser=" + adminUser + "]";
    }
}
