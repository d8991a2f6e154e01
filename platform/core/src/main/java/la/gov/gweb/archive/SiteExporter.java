package la.gov.gweb.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Accounts;
import la.gov.gweb.account.Caller;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.media.StorageKey;
import la.gov.gweb.persistence.ConfiguredDataSource;
import la.gov.gweb.persistence.SchemaMigrations;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.tenant.TenantSlug;

/**
 * Writes one site as an archive ({@link ArchiveFormat}) straight to an output stream: every
 * table of its schema read in one read-only transaction, its platform rows and its files, the
 * manifest last, once every entry's hash is known. Nothing is held in memory but one row or one
 * buffer. A completed export is recorded, with the newest audit entry it covers.
 */
@ApplicationScoped
public class SiteExporter {

    @Inject
    PlatformSettings settings;

    @Inject
    SchemaMigrations migrations;

    @Inject
    Accounts accounts;

    @Inject
    SiteExports exports;

    @Inject
    AuditLog audit;

    @Inject
    SiteLookup sites;

    private final Clock clock = Clock.systemUTC();

    /** The site to export, once the caller may; checked before any byte is sent. */
    public TenantSnapshot prepare(Caller caller, String slug) {
        Access.requirePlatformAdmin(caller);
        return sites.existing(slug);
    }

    /** Streams the archive of a site that {@link #prepare} returned. */
    public void write(Caller caller, TenantSnapshot site, OutputStream out) throws IOException {
        Instant now = clock.instant();
        long covers = exports.newestAuditEntry(site.slug());
        Map<String, ArchiveManifest.Entry> entries = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        EntryOutput whole = new EntryOutput(out);
        try (ZipOutputStream zip = new ZipOutputStream(whole, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_SPEED);
            writeTables(site, zip, entries, counts);
            writeMembers(site.slug(), zip, entries);
            counts.put("files", (long) writeFiles(site.slug(), zip, entries));
            String schemaVersion = schemaVersion(site);
            ArchiveManifest manifest = new ArchiveManifest(ArchiveFormat.VERSION, platformVersion(), now,
                    new ArchiveManifest.Site(site.slug(), site.names(), site.hosts(), site.theme(), site.status()),
                    schemaVersion, counts, entries);
            zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
            zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        ArchiveManifest.Entry archive = whole.entry();
        exports.record(site.slug(), now, caller.username(), covers, archive.sha256(), archive.bytes());
        audit.record(site.slug(), caller.username(), "site.export", "site", site.slug().value(),
                archive.bytes() + " bytes, sha256 " + archive.sha256());
    }

    private void writeTables(TenantSnapshot site, ZipOutputStream zip, Map<String, ArchiveManifest.Entry> entries,
                             Map<String, Long> counts) throws IOException {
        try (Connection connection = new ConfiguredDataSource(settings).getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            boolean mySql = SchemaTables.isMySql(connection);
            for (SchemaTables.Table table : SchemaTables.of(connection, site.schemaName())) {
                String sql = "SELECT * FROM " + SchemaTables.qualified(site.schemaName(), table.name())
                        + (table.primaryKey() == null ? "" : " ORDER BY " + table.primaryKey());
                try (Statement statement = streaming(connection, mySql);
                     ResultSet rows = statement.executeQuery(sql)) {
                    String name = ArchiveFormat.tableEntry(table.name());
                    counts.put(name, writeRows(zip, name, rows, Set.of(), entries));
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM scheduled_change WHERE tenant_slug = ? ORDER BY id")) {
                query.setString(1, site.slug().value());
                try (ResultSet rows = query.executeQuery()) {
                    counts.put(ArchiveFormat.SCHEDULED_CHANGES, writeRows(zip, ArchiveFormat.SCHEDULED_CHANGES, rows,
                            Set.of("id", "tenant_slug"), entries));
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IOException("Could not read the tables of " + site.slug(), e);
        }
    }

    /** MySQL's driver streams rows one by one only with this fetch size; others stream by default. */
    private static Statement streaming(Connection connection, boolean mySql) throws SQLException {
        Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        if (mySql) {
            statement.setFetchSize(Integer.MIN_VALUE);
        }
        return statement;
    }

    private static long writeRows(ZipOutputStream zip, String name, ResultSet rows, Set<String> leftOut,
                                  Map<String, ArchiveManifest.Entry> entries) throws IOException, SQLException {
        zip.putNextEntry(new ZipEntry(name));
        EntryOutput entry = new EntryOutput(zip);
        long count = JsonLines.write(rows, leftOut, entry);
        zip.closeEntry();
        entries.put(name, entry.entry());
        return count;
    }

    private void writeMembers(TenantSlug site, ZipOutputStream zip, Map<String, ArchiveManifest.Entry> entries)
            throws IOException {
        zip.putNextEntry(new ZipEntry(ArchiveFormat.MEMBERS));
        EntryOutput entry = new EntryOutput(zip);
        StringBuilder lines = new StringBuilder();
        accounts.members(site).forEach(member -> lines.append(Json.createObjectBuilder()
                .add("username", member.username())
                .add("role", member.role().name())
                .build()).append('\n'));
        entry.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        entries.put(ArchiveFormat.MEMBERS, entry.entry());
    }

    /** Every stored file and image variant; upload leftovers (hidden names) are not part of the site. */
    private int writeFiles(TenantSlug site, ZipOutputStream zip, Map<String, ArchiveManifest.Entry> entries)
            throws IOException {
        Path root = settings.siteFilesDir(site.value());
        if (!Files.isDirectory(root)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int written = 0;
        for (Path file : files) {
            String key = root.relativize(file).toString().replace('\\', '/');
            if (!StorageKey.isValid(key)) {
                continue;
            }
            String name = ArchiveFormat.FILES + key;
            zip.putNextEntry(new ZipEntry(name));
            EntryOutput entry = new EntryOutput(zip);
            Files.copy(file, entry);
            zip.closeEntry();
            entries.put(name, entry.entry());
            written++;
        }
        return written;
    }

    private String schemaVersion(TenantSnapshot site) {
        List<String> history = migrations.tenantHistory(site.schemaName());
        return history.isEmpty() ? "0" : history.get(history.size() - 1).split(" ")[0];
    }

    private static String platformVersion() {
        String version = SiteExporter.class.getPackage().getImplementationVersion();
        return "G-Web " + (version == null ? "development" : version);
    }
}
