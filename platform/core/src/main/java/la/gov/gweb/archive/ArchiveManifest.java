package la.gov.gweb.archive;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantStatus;

/**
 * The {@code manifest.json} of a site archive (see {@link ArchiveFormat}): who the site was, which
 * schema version its tables follow and the SHA-256 and size of every other entry. Read back with
 * the format version checked first, so a newer archive is refused as newer, not as damaged.
 */
public record ArchiveManifest(int format, String platform, Instant exportedAt, Site site, String schemaVersion,
                              Map<String, Long> counts, Map<String, Entry> entries) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** The site as it was exported. */
    public record Site(TenantSlug slug, LocalizedText names, List<HostName> hosts, String theme, TenantStatus status) {
        public Site {
            hosts = List.copyOf(hosts);
        }
    }

    /** What one entry must hold. */
    public record Entry(String sha256, long bytes) {
    }

    public ArchiveManifest {
        counts = Map.copyOf(counts);
        entries = Map.copyOf(entries);
    }

    public String toJson() {
        JsonArrayBuilder hosts = Json.createArrayBuilder();
        site.hosts().forEach(host -> hosts.add(host.value()));
        JsonObjectBuilder countsJson = Json.createObjectBuilder();
        new TreeMap<>(counts).forEach(countsJson::add);
        JsonObjectBuilder entriesJson = Json.createObjectBuilder();
        new TreeMap<>(entries).forEach((name, entry) -> entriesJson.add(name,
                Json.createObjectBuilder().add("sha256", entry.sha256()).add("bytes", entry.bytes())));
        return Json.createObjectBuilder()
                .add("format", format)
                .add("platform", platform)
                .add("exportedAt", exportedAt.toString())
                .add("site", Json.createObjectBuilder()
                        .add("slug", site.slug().value())
                        .add("names", Json.createObjectBuilder().add("lo", site.names().lo()).add("en", site.names().en()))
                        .add("hosts", hosts)
                        .add("theme", site.theme())
                        .add("status", site.status().name()))
                .add("schemaVersion", schemaVersion)
                .add("counts", countsJson)
                .add("entries", entriesJson)
                .build()
                .toString();
    }

    /**
     * Reads a manifest, refusing a newer format, a missing or malformed field, or an entry name
     * that could not have been exported.
     */
    public static ArchiveManifest parse(String json) {
        JsonObject root;
        try {
            root = Json.createReader(new StringReader(json)).readObject();
        } catch (JsonException | IllegalStateException unreadable) {
            throw ArchiveRefusal.invalid("archive.manifest");
        }
        int format = readFormat(root);
        if (format > ArchiveFormat.VERSION) {
            throw ArchiveRefusal.invalid("archive.newer", format, ArchiveFormat.VERSION);
        }
        try {
            JsonObject site = root.getJsonObject("site");
            JsonObject names = site.getJsonObject("names");
            List<HostName> hosts = site.getJsonArray("hosts").getValuesAs(JsonString.class).stream()
                    .map(host -> HostName.of(host.getString()))
                    .toList();
            Site identity = new Site(TenantSlug.of(site.getString("slug")),
                    LocalizedText.of(names.getString("lo"), names.getString("en")), hosts, site.getString("theme"),
                    TenantStatus.valueOf(site.getString("status")));
            Map<String, Long> counts = new LinkedHashMap<>();
            root.getJsonObject("counts").forEach((name, value) -> counts.put(name, ((JsonNumber) value).longValueExact()));
            return new ArchiveManifest(format, root.getString("platform"), Instant.parse(root.getString("exportedAt")),
                    identity, root.getString("schemaVersion"), counts, entries(root.getJsonObject("entries")));
        } catch (RuntimeException malformed) {
            if (malformed instanceof RejectedException refused) {
                throw refused;
            }
            throw ArchiveRefusal.invalid("archive.manifest");
        }
    }

    private static int readFormat(JsonObject root) {
        JsonValue format = root.get("format");
        if (!(format instanceof JsonNumber number) || !number.isIntegral() || number.intValue() < 1) {
            throw ArchiveRefusal.invalid("archive.manifest");
        }
        return number.intValue();
    }

    private static Map<String, Entry> entries(JsonObject json) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        json.forEach((name, value) -> {
            ArchiveEntryNames.check(name);
            if (name.equals(ArchiveFormat.MANIFEST)) {
                throw ArchiveRefusal.invalid("archive.manifest");
            }
            JsonObject entry = value.asJsonObject();
            String sha256 = entry.getString("sha256");
            long bytes = entry.getJsonNumber("bytes").longValueExact();
            if (!SHA256.matcher(sha256).matches() || bytes < 0) {
                throw ArchiveRefusal.invalid("archive.manifest");
            }
            entries.put(name, new Entry(sha256, bytes));
        });
        return entries;
    }
}
