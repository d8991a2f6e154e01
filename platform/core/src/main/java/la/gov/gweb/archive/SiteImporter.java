package la.gov.gweb.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Accounts;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.indexing.IndexRebuilds;
import la.gov.gweb.media.LimitedInputStream;
import la.gov.gweb.media.SiteFiles;
import la.gov.gweb.media.StorageKey;
import la.gov.gweb.persistence.ConfiguredDataSource;
import la.gov.gweb.persistence.SchemaMigrations;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.tenant.TenantDefinition;
import la.gov.gweb.tenant.TenantProvisioning;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.tenant.TenantStatus;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Makes a site from an archive, all or nothing. The archive is received to a temporary file and
 * checked in full ({@link VerifiedArchive}) before anything is created; the new site is created
 * suspended, filled (tables in one transaction, files, members, scheduled changes), indexed, and
 * only then given its archived status. Any failure on the way removes the whole site again.
 */
@ApplicationScoped
public class SiteImporter {

    @Inject
    PlatformSettings settings;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    SchemaMigrations migrations;

    @Inject
    ImportIdentity identities;

    @Inject
    Accounts accounts;

    @Inject
    SiteFiles files;

    @Inject
    IndexRebuilds rebuilds;

    @Inject
    SiteRemoval removal;

    @Inject
    AuditLog audit;

    private final ArchiveLimits limits = ArchiveLimits.DEFAULT;

    /**
     * Imports the archive read from {@code body} as the archived site, or under {@code slug} and
     * {@code hosts} when given. Refused with a message when the archive is unusable or the slug or
     * a host is taken; the caller must be a platform admin.
     */
    public ImportedSite importArchive(Caller caller, InputStream body, String slug, List<String> hosts) {
        Access.requirePlatformAdmin(caller);
        ImportIdentity.Requested requested = identities.requested(slug, hosts);
        Path received = receive(body);
        try (VerifiedArchive archive = VerifiedArchive.open(received, limits)) {
            TenantDefinition definition = identities.resolve(archive.manifest(), requested);
            archive.checkContent();
            TenantSnapshot created = provisioning.create(definition);
            try {
                ImportedSite imported = fill(created, archive);
                audit.record(created.slug(), caller.username(), "site.import", "site", created.slug().value(),
                        "from " + archive.manifest().site().slug() + " exported " + archive.manifest().exportedAt());
                return imported;
            } catch (RuntimeException | IOException | SQLException failed) {
                removal.removeEverything(created.slug());
                if (failed instanceof RejectedException refused) {
                    throw refused;
                }
                throw new IllegalStateException("Could not import " + created.slug() + "; nothing of it was kept", failed);
            }
        } finally {
            deleteQuietly(received);
        }
    }

    private ImportedSite fill(TenantSnapshot site, VerifiedArchive archive) throws IOException, SQLException {
        ArchiveManifest manifest = archive.manifest();
        checkSchemaVersion(site, manifest);
        Map<String, Long> counts = new TreeMap<>(loadTables(site, archive));
        counts.put("files", (long) copyFiles(site, archive));
        List<String> membersNotFound = grantMembers(site, archive);
        TenantSnapshot live = provisioning.changeStatus(site.slug(), manifest.site().status());
        rebuilds.rebuildNow(live);
        return new ImportedSite(live, counts, membersNotFound);
    }

    private void checkSchemaVersion(TenantSnapshot site, ArchiveManifest manifest) {
        List<String> history = migrations.tenantHistory(site.schemaName());
        String ours = history.get(history.size() - 1).split(" ")[0];
        try {
            if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(MigrationVersion.fromVersion(ours)) > 0) {
                throw ArchiveRefusal.invalid("archive.newerSchemaVersion", manifest.schemaVersion(), ours);
            }
        } catch (FlywayException notAVersion) {
            throw ArchiveRefusal.invalid("archive.manifest");
        }
    }

    private Map<String, Long> loadTables(TenantSnapshot site, VerifiedArchive archive) throws IOException, SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = new ConfiguredDataSource(settings).getConnection()) {
            connection.setAutoCommit(false);
            List<SchemaTables.Table> tables = SchemaTables.of(connection, site.schemaName());
            Set<String> known = tables.stream().map(t -> ArchiveFormat.tableEntry(t.name())).collect(Collectors.toSet());
            for (String name : archive.manifest().entries().keySet()) {
                if (ArchiveEntryNames.isTable(name) && !known.contains(name)) {
                    throw ArchiveRefusal.invalid("archive.newerSchema", name, ArchiveEntryNames.tableOf(name));
                }
            }
            for (SchemaTables.Table table : tables) {
                String name = ArchiveFormat.tableEntry(table.name());
                if (archive.has(name)) {
                    counts.put(name, load(connection, archive, name,
                            SchemaTables.qualified(site.schemaName(), table.name()), table, Map.of()));
                }
            }
            if (archive.has(ArchiveFormat.SCHEDULED_CHANGES)) {
                counts.put(ArchiveFormat.SCHEDULED_CHANGES, load(connection, archive, ArchiveFormat.SCHEDULED_CHANGES,
                        "scheduled_change", null, Map.of("tenant_slug", site.slug().value())));
            }
            connection.commit();
        }
        return counts;
    }

    private static long load(Connection connection, VerifiedArchive archive, String name, String table,
                             SchemaTables.Table shape, Map<String, String> fixed) throws IOException, SQLException {
        try (TableLoad load = new TableLoad(connection, table, name, shape, fixed);
             InputStream in = archive.open(name)) {
            JsonLines.read(in, name, row -> {
                try {
                    load.add(row);
                } catch (SQLException e) {
                    throw new UncheckedSql(e);
                }
            });
            return load.finish();
        } catch (UncheckedSql e) {
            throw e.getCause();
        }
    }

    private int copyFiles(TenantSnapshot site, VerifiedArchive archive) throws IOException {
        int copied = 0;
        for (String name : archive.manifest().entries().keySet()) {
            if (name.startsWith(ArchiveFormat.FILES)) {
                StorageKey key = new StorageKey(name.substring(ArchiveFormat.FILES.length()));
                try (InputStream in = archive.open(name)) {
                    files.store(site.slug(), key, in, key.value());
                }
                copied++;
            }
        }
        return copied;
    }

    private List<String> grantMembers(TenantSnapshot site, VerifiedArchive archive) throws IOException {
        List<String> notFound = new ArrayList<>();
        if (!archive.has(ArchiveFormat.MEMBERS)) {
            return notFound;
        }
        try (InputStream in = archive.open(ArchiveFormat.MEMBERS)) {
            JsonLines.read(in, ArchiveFormat.MEMBERS, member -> grant(site, member, notFound));
        }
        return notFound;
    }

    private void grant(TenantSnapshot site, JsonObject member, List<String> notFound) {
        String username;
        SiteRole role;
        try {
            username = member.getString("username");
            role = SiteRole.valueOf(member.getString("role"));
        } catch (RuntimeException malformed) {
            throw ArchiveRefusal.invalid("archive.badRow", ArchiveFormat.MEMBERS, 0);
        }
        accounts.find(username).ifPresentOrElse(account -> accounts.grant(account, site.slug(), role),
                () -> notFound.add(username));
    }

    /** Receives the body to a temporary file, refusing it once it passes the archive limit. */
    private Path receive(InputStream body) {
        Path incoming = settings.dataDir().resolve(".archives");
        Path file = null;
        try {
            Files.createDirectories(incoming);
            file = Files.createTempFile(incoming, "import", ".zip");
            try (InputStream limited = new LimitedInputStream(body, limits.maxArchiveBytes(),
                    () -> ArchiveRefusal.invalid("archive.tooLarge", limits.maxArchiveBytes() >> 20))) {
                Files.copy(limited, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (RejectedException tooLarge) {
            deleteQuietly(file);
            throw tooLarge;
        } catch (IOException interrupted) {
            deleteQuietly(file);
            throw ArchiveRefusal.invalid("archive.notZip");
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover in the hidden .archives folder is never read again
            }
        }
    }

    /** Carries a database failure out of a row callback. */
    private static final class UncheckedSql extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
