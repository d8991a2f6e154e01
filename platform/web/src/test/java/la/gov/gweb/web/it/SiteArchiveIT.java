package la.gov.gweb.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Site archives through the platform API on the portal host: a demo site exported and imported as
 * a new site that shows the same content and search, deleted only after an export and a typed
 * confirmation, imported again; every damaged or forged archive refused with a message and
 * nothing left behind; and no site's credentials or host reaching the platform API.
 */
class SiteArchiveIT extends DeployedPlatform {

    static final String PORTAL = SiteClient.PORTAL;
    static final String ADMIN_BASIC = "Basic " + Base64.getEncoder().encodeToString(
            "admin:it-platform-admin-2026".getBytes(StandardCharsets.UTF_8));
    static final String TENANTS = "/api/v1/platform/tenants/";
    static final List<String> PAGES = List.of("/", "/en/", "/news", "/en/news", "/announcements", "/legal",
            "/about/structure", "/search?q=" + java.net.URLEncoder.encode("ດິຈິຕອນ", StandardCharsets.UTF_8));

    /** The platform admin's bearer token on the portal host, as the platform API takes. */
    private String admin;

    @BeforeEach
    void signInAsPlatformAdmin() {
        SiteClient.Reply token = client.call("POST", PORTAL, "/api/v1/auth/tokens",
                Map.of("Authorization", ADMIN_BASIC), null);
        assertEquals(200, token.status(), token.body());
        admin = "Bearer " + token.json().getString("token");
    }

    @Test
    void aSiteExportedAndImportedAsANewSiteShowsTheSameContentAndIsDeletedOnlyAfterAnExport() {
        byte[] archive = export("mtc");
        Map<String, byte[]> entries = ArchiveBytes.entries(archive);
        JsonObject manifest = ArchiveBytes.manifest(entries);
        assertEquals(1, manifest.getInt("format"));
        assertEquals("mtc", manifest.getJsonObject("site").getString("slug"));
        Set<String> listed = new TreeSet<>(manifest.getJsonObject("entries").keySet());
        Set<String> present = new TreeSet<>(entries.keySet());
        present.remove("manifest.json");
        assertEquals(listed, present, "the manifest lists every entry");
        List<String> tables = Arrays.stream(client.fixture("GET", "/tables", Map.of("slug", "mtc")).split("\n"))
                .filter(table -> !table.equals("flyway_schema_history"))
                .toList();
        assertTrue(tables.containsAll(List.of("content_item", "attachment", "content_revision", "menu_item",
                "site_settings", "media_file")), tables.toString());
        for (String table : tables) {
            assertTrue(entries.containsKey("db/" + table + ".jsonl"), table + " is archived");
        }
        long newsAndPages = new String(entries.get("db/content_item.jsonl"), StandardCharsets.UTF_8).lines().count();
        assertEquals(manifest.getJsonObject("counts").getJsonNumber("db/content_item.jsonl").longValue(), newsAndPages);
        assertTrue(newsAndPages >= 30, "every item, drafts included: " + newsAndPages);
        assertTrue(entries.keySet().stream().anyMatch(n -> n.startsWith("files/media/") && n.endsWith(".jpg")));
        assertTrue(entries.keySet().stream().anyMatch(n -> n.matches("files/media/.*\\.w480\\.jpg")), "variants too");
        assertTrue(entries.keySet().stream().anyMatch(n -> n.startsWith("files/") && n.endsWith(".docx")));

        SiteClient.Reply imported = importArchive(archive, "?slug=mtc-copy&hosts=copy.localhost,www.copy.localhost");
        assertEquals(201, imported.status(), imported.body());
        JsonObject site = imported.json();
        assertEquals("mtc-copy", site.getString("slug"));
        assertEquals(List.of("copy.localhost", "www.copy.localhost"), site.getJsonArray("hosts").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("ACTIVE", site.getString("status"));
        assertSameSite("mtc.localhost", "copy.localhost");

        assertEquals(400, delete("mtc-copy", null).status());
        SiteClient.Reply notExported = delete("mtc-copy", "mtc-copy");
        assertEquals(409, notExported.status(), "an import is a change that no export holds yet");
        assertTrue(notExported.json().getString("message").contains("export"), notExported.body());
        export("mtc-copy");
        SiteClient.Reply wrongConfirmation = delete("mtc-copy", "mtc");
        assertEquals(400, wrongConfirmation.status());
        assertEquals("confirm", wrongConfirmation.json().getJsonArray("problems").getJsonObject(0).getString("field"));

        String editor = client.demoToken("copy.localhost", "mtc-editor");
        assertEquals(201, client.call("POST", "copy.localhost", "/api/v1/content", Map.of("Authorization",
                "Bearer " + editor, "Content-Type", "application/json"), """
                {"type": "news", "slug": "after-export", "title": {"lo": "ຂ່າວຫຼັງສົ່ງອອກ", "en": "After export"}}""")
                .status(), "members came with the site");
        assertEquals(409, delete("mtc-copy", "mtc-copy").status(), "a change after the export blocks deletion");
        export("mtc-copy");
        assertEquals(204, delete("mtc-copy", "mtc-copy").status());
        assertNothingLeft("mtc-copy", "copy.localhost");

        SiteClient.Reply again = importArchive(archive, "?slug=mtc-copy&hosts=copy.localhost&hosts=www.copy.localhost");
        assertEquals(201, again.status(), again.body());
        assertSameSite("mtc.localhost", "copy.localhost");
        export("mtc-copy");
        assertEquals(204, delete("mtc-copy", "mtc-copy").status());
        assertNothingLeft("mtc-copy", "copy.localhost");
    }

    @Test
    void damagedForgedAndConflictingArchivesAreRefusedWithAMessageAndLeaveNothingBehind() {
        byte[] archive = export("egc");
        Map<String, byte[]> entries = ArchiveBytes.entries(archive);
        String aFile = entries.keySet().stream().filter(n -> n.startsWith("files/")).findFirst().orElseThrow();

        Map<String, byte[]> refusedAs400 = new LinkedHashMap<>();
        refusedAs400.put("cut off", Arrays.copyOf(archive, archive.length / 2));
        refusedAs400.put("not a ZIP", "just some text".getBytes(StandardCharsets.UTF_8));
        refusedAs400.put("empty", new byte[0]);
        byte[] flipped = archive.clone();
        flipped[archive.length / 3] ^= 0x5a;
        refusedAs400.put("a flipped byte", flipped);
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(aFile, "changed".getBytes(StandardCharsets.UTF_8));
        refusedAs400.put("a changed entry", ArchiveBytes.zip(changed));
        Map<String, byte[]> extra = new LinkedHashMap<>(entries);
        extra.put("files/media/extra.png", new byte[] {1, 2, 3});
        refusedAs400.put("an extra entry", ArchiveBytes.zip(extra));
        Map<String, byte[]> missing = new LinkedHashMap<>(entries);
        missing.remove(aFile);
        refusedAs400.put("a missing entry", ArchiveBytes.zip(missing));
        refusedAs400.put("no manifest", ArchiveBytes.zip(Map.of("db/menu_item.jsonl", new byte[0])));
        Map<String, byte[]> escaping = new LinkedHashMap<>(entries);
        escaping.put("../x", "escape".getBytes(StandardCharsets.UTF_8));
        refusedAs400.put("../x", ArchiveBytes.zip(escaping));
        Map<String, byte[]> absolute = new LinkedHashMap<>(entries);
        absolute.put("/etc/gweb", "escape".getBytes(StandardCharsets.UTF_8));
        refusedAs400.put("an absolute path", ArchiveBytes.zip(absolute));
        Map<String, byte[]> backslash = new LinkedHashMap<>(entries);
        backslash.put("files\\media\\x.png", "escape".getBytes(StandardCharsets.UTF_8));
        refusedAs400.put("a backslash", ArchiveBytes.zip(backslash));
        Map<String, byte[]> twice = new LinkedHashMap<>(entries);
        twice.put("manifest.jsoo", entries.get("manifest.json"));
        refusedAs400.put("an entry twice", ArchiveBytes.patched(ArchiveBytes.zip(twice), "manifest.jsoo", "manifest.json"));
        refusedAs400.put("a newer format", ArchiveBytes.zip(ArchiveBytes.withManifest(entries,
                Json.createObjectBuilder(ArchiveBytes.manifest(entries)).add("format", 99))));
        refusedAs400.put("a newer schema version", ArchiveBytes.zip(ArchiveBytes.withManifest(entries,
                Json.createObjectBuilder(ArchiveBytes.manifest(entries)).add("schemaVersion", "999"))));
        String items = new String(entries.get("db/content_item.jsonl"), StandardCharsets.UTF_8);
        refusedAs400.put("a column from the future", ArchiveBytes.zip(ArchiveBytes.withEntryResigned(entries,
                "db/content_item.jsonl", items.replace("{\"id\":", "{\"future_column\":1,\"id\":")
                        .getBytes(StandardCharsets.UTF_8))));
        refusedAs400.put("a table from the future", ArchiveBytes.zip(ArchiveBytes.withEntryResigned(entries,
                "db/future_table.jsonl", "{\"id\":1}\n".getBytes(StandardCharsets.UTF_8))));
        refusedAs400.put("a damaged row", ArchiveBytes.zip(ArchiveBytes.withEntryResigned(entries,
                "db/menu_item.jsonl", "{\"id\":\"not a number\"\n".getBytes(StandardCharsets.UTF_8))));

        for (Map.Entry<String, byte[]> bad : refusedAs400.entrySet()) {
            SiteClient.Reply reply = importArchive(bad.getValue(), "?slug=bad-copy&hosts=bad.localhost", "en");
            assertEquals(400, reply.status(), bad.getKey() + ": " + reply.body());
            assertFalse(reply.json().getString("message").isBlank(), bad.getKey());
            assertNothingLeft("bad-copy", "bad.localhost");
        }
        assertTrue(importArchive(refusedAs400.get("a newer format"), "?slug=bad-copy&hosts=bad.localhost", "en")
                .json().getString("message").contains("newer"));
        assertTrue(importArchive(refusedAs400.get("../x"), "?slug=bad-copy&hosts=bad.localhost", "lo")
                .json().getString("message").contains("../x"));

        Map<String, String> refusedAs409 = new LinkedHashMap<>();
        refusedAs409.put("the archived slug and hosts", "");
        refusedAs409.put("a slug in other case", "?slug=EGC&hosts=bad.localhost");
        refusedAs409.put("a host of another site", "?slug=bad-copy&hosts=bad.localhost,egc.localhost");
        refusedAs409.put("a host in other case", "?slug=bad-copy&hosts=WWW.EGC.LOCALHOST");
        refusedAs409.put("the portal host", "?slug=bad-copy&hosts=localhost");
        for (Map.Entry<String, String> taken : refusedAs409.entrySet()) {
            SiteClient.Reply reply = importArchive(archive, taken.getValue(), "en");
            assertEquals(409, reply.status(), taken.getKey() + ": " + reply.body());
            assertTrue(reply.json().getString("message").contains("taken")
                    || reply.json().getString("message").contains("belongs"), reply.body());
            assertNothingLeft("bad-copy", "bad.localhost");
        }
        assertEquals(400, importArchive(archive, "?slug=Bad_Copy", "en").status());
        assertEquals(400, importArchive(archive, "?slug=bad-copy&hosts=bad..localhost", "en").status());
        assertEquals(200, client.get("egc.localhost", "/").status(), "the exported site is untouched");
    }

    @Test
    void onlyAPlatformAdminOnThePortalHostReachesThePlatformApi() {
        String siteAdminToken = client.demoToken("mtc.localhost", "mtc-admin");
        for (String authorization : List.of("Bearer " + siteAdminToken, SiteClient.demoBasic("mtc-admin"), "")) {
            Map<String, String> headers = authorization.isEmpty() ? Map.of() : Map.of("Authorization", authorization);
            assertEquals(401, client.call("GET", PORTAL, TENANTS + "mtc/export", headers, null).status(), authorization);
            assertEquals(401, client.call("DELETE", PORTAL, TENANTS + "mtc?confirm=mtc", headers, null).status());
            assertEquals(401, client.callBytes("POST", PORTAL, TENANTS + "import", withZip(headers), new byte[] {1})
                    .status());
        }
        for (Map<String, String> headers : List.of(Map.<String, String>of(),
                Map.of("Authorization", "Bearer " + siteAdminToken))) {
            assertEquals(404, client.call("GET", "mtc.localhost", TENANTS + "mtc/export", headers, null).status());
            // The site's 404 page is served by a forward that the container answers with 403 for
            // methods other than GET and POST; either way the call never reaches the platform API.
            assertTrue(Set.of(403, 404).contains(client.call("DELETE", "mtc.localhost", TENANTS + "mtc?confirm=mtc",
                    headers, null).status()));
            assertEquals(404, client.callBytes("POST", "mtc.localhost", TENANTS + "import", withZip(headers),
                    new byte[] {1}).status());
        }
        SiteClient.Reply unknown = client.call("GET", PORTAL, TENANTS + "nosuchsite/export",
                Map.of("Authorization", admin, "Accept-Language", "en"), null);
        assertEquals(404, unknown.status());
        assertTrue(unknown.json().getString("message").contains("nosuchsite"));
        assertEquals(200, client.get("mtc.localhost", "/").status());
    }

    private void assertSameSite(String original, String copy) {
        for (String path : PAGES) {
            SiteClient.Reply before = client.get(original, path);
            SiteClient.Reply after = client.get(copy, path);
            assertEquals(200, after.status(), path);
            assertEquals(normalized(before.body(), original), normalized(after.body(), copy), path);
        }
        for (String type : List.of("page", "news", "announcement", "legal")) {
            String query = "/api/v1/content?type=" + type + "&lang=lo&size=100";
            assertEquals(normalized(client.get(original, query).body(), original),
                    normalized(client.get(copy, query).body(), copy), type);
        }
        String legal = client.get(copy, "/legal").body();
        Matcher download = Pattern.compile("href=\"(/files/[^\"]+)\"").matcher(client.get(copy, firstLink(legal,
                "/legal/")).body());
        assertTrue(download.find(), "a legal document links its attachment");
        byte[] attachment = client.get(copy, download.group(1)).bytes();
        assertTrue(attachment.length > 1000);
        assertTrue(Arrays.equals(client.get(original, download.group(1)).bytes(), attachment));
        Matcher image = Pattern.compile("(/media/[^\"?\\s]+\\.jpg)").matcher(client.get(copy,
                "/news/asean-digital-ministers-meeting-2026").body());
        assertTrue(image.find(), "a news article shows its image");
        assertTrue(Arrays.equals(client.get(original, image.group(1) + "?w=480").bytes(),
                client.get(copy, image.group(1) + "?w=480").bytes()));
        JsonObject search = client.get(copy, "/api/v1/search?q=" + java.net.URLEncoder.encode("ດິຈິຕອນ",
                StandardCharsets.UTF_8)).json();
        assertTrue(search.getInt("total") > 0, "the imported site is searchable at once");
        assertEquals(client.get(original, "/api/v1/search?q=" + java.net.URLEncoder.encode("ດິຈິຕອນ",
                StandardCharsets.UTF_8)).json().getInt("total"), search.getInt("total"));
    }

    private static String firstLink(String html, String prefix) {
        Matcher link = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "[^\"]+)\"").matcher(html);
        assertTrue(link.find(), "a link under " + prefix);
        return link.group(1);
    }

    private static String normalized(String body, String host) {
        return body.replace("www." + host, "HOST2").replace(host, "HOST");
    }

    private void assertNothingLeft(String slug, String host) {
        assertEquals(404, client.get(host, "/").status(), host + " answers no more");
        assertFalse(client.fixture("GET", "/sites", Map.of()).contains(slug + " "), "no catalog row of " + slug);
        String schema = System.getProperty("it.database").equals("mariadb")
                ? System.getProperty("it.mariadb.prefix") + slug.replace('-', '_')
                : "gweb_site_" + slug.replace('-', '_');
        assertFalse(Arrays.asList(client.fixture("GET", "/schemas", Map.of()).split("\n")).contains(schema),
                "no schema " + schema);
        assertFalse(Files.exists(Path.of(System.getProperty("it.dataDir"), "sites", slug)), "no folder of " + slug);
    }

    private byte[] export(String slug) {
        SiteClient.Reply reply = client.call("GET", PORTAL, TENANTS + slug + "/export", Map.of("Authorization", admin),
                null);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/zip"), reply.headers().toString());
        assertTrue(reply.header("Content-Disposition").orElse("").matches(
                "attachment; filename=\"" + slug + "-\\d{4}-\\d{2}-\\d{2}\\.zip\""), reply.headers().toString());
        return reply.bytes();
    }

    private SiteClient.Reply importArchive(byte[] archive, String query) {
        return importArchive(archive, query, "lo");
    }

    private SiteClient.Reply importArchive(byte[] archive, String query, String language) {
        return client.callBytes("POST", PORTAL, TENANTS + "import" + query,
                withZip(Map.of("Authorization", admin, "Accept-Language", language)), archive);
    }

    private SiteClient.Reply delete(String slug, String confirmation) {
        return client.call("DELETE", PORTAL, TENANTS + slug + (confirmation == null ? "" : "?confirm=" + confirmation),
                Map.of("Authorization", admin, "Accept-Language", "en"), null);
    }

    private static Map<String, String> withZip(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/zip");
        return all;
    }
}
