package la.gov.gweb.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The platform admin's API on the portal host: sites created from templates answer at once with
 * their pages and menus and the logo sent with them (served on their own hosts only), every bad
 * input, a bad logo included, is refused with a message and leaves nothing behind,
 * sites are suspended, resumed and moved to other hosts, nobody else reaches the API, and a
 * template change updates untouched pages but never overwrites an edited one.
 */
class PlatformSitesIT extends DeployedPlatform {

    private static final String PORTAL = SiteClient.PORTAL;
    private static final String TENANTS = "/api/v1/platform/tenants";
    private static final String ADMIN_BASIC = basic("admin", "it-platform-admin-2026");
    private static final Pattern LOGO_IN_HEADER = Pattern.compile("class=\"site-brand__logo\" src=\"([^\"]+)\"");

    @Test
    void aSiteCreatedThroughTheApiAnswersAtOnceWithItsTemplatesPagesAndMenusInBothLanguages() {
        byte[] logo = MediaFixtures.png(200, 200, Color.RED);
        SiteClient.Reply created = post(PORTAL, TENANTS, adminToken(), """
                {"slug": "moh", "names": {"lo": "ກະຊວງສາທາລະນະສຸກ", "en": "Ministry of Health"},
                 "hosts": ["moh.localhost", "www.moh.localhost"], "theme": "gweb-standard", "template": "ministry",
                 "brand": {"colour": "green", "logo": %s},
                 "admin": {"username": "moh-admin", "name": "Health webmaster", "email": "web@moh.gov.la"}}"""
                .formatted(logo("ໂລໂກ້ emblem.png", logo)));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").orElseThrow().endsWith(TENANTS + "/moh"));
        JsonObject site = created.json();
        String password = site.getJsonObject("admin").getString("password");
        assertAll(
                () -> assertEquals("active", site.getString("status")),
                () -> assertEquals("ministry", site.getString("template")),
                () -> assertEquals(List.of("moh.localhost", "www.moh.localhost"), strings(site, "hosts")),
                () -> assertEquals(6, site.getJsonObject("contentCounts").getInt("page")),
                () -> assertTrue(site.getJsonObject("admin").getBoolean("created")),
                () -> assertEquals(20, password.length(), "a generated password is returned once"));

        String home = client.get("moh.localhost", "/").body();
        String homeEn = client.get("www.moh.localhost", "/en/").body();
        assertAll(
                () -> assertTrue(home.contains("ກະຊວງສາທາລະນະສຸກ"), "the site's Lao name"),
                () -> assertTrue(home.contains("ພາລະບົດບາດ ແລະ ໜ້າທີ່"), "the template's Lao main menu"),
                () -> assertTrue(home.contains("ຕິດຕໍ່ພວກເຮົາ"), "the template's Lao footer menu"),
                () -> assertTrue(homeEn.contains("Mandate and functions"), "the English main menu"),
                () -> assertTrue(homeEn.contains("Contact us"), "the English footer menu"));
        for (String path : List.of("/about", "/about/mandate", "/about/structure", "/about/leadership", "/services",
                "/contact", "/news", "/legal")) {
            assertEquals(200, client.get("moh.localhost", path).status(), path);
            assertEquals(200, client.get("moh.localhost", "/en" + path).status(), "/en" + path);
        }
        assertTrue(client.get("moh.localhost", "/about").body().contains("ກ່ຽວກັບ ກະຊວງສາທາລະນະສຸກ"));
        String aboutEn = client.get("moh.localhost", "/en/about").body();
        assertTrue(aboutEn.contains("About the Ministry of Health"), "the site's name replaces the placeholder");
        assertFalse(aboutEn.contains("{site}"));

        Matcher header = LOGO_IN_HEADER.matcher(home);
        assertTrue(header.find(), "the header shows the site's logo, not the emblem");
        String logoPath = header.group(1);
        assertTrue(logoPath.matches("/media/\\d{4}/\\d{2}/[0-9a-f]{8}-emblem\\.png"), logoPath);
        assertTrue(homeEn.contains(logoPath), "on English pages too");
        SiteClient.Reply image = client.get("moh.localhost", logoPath);
        assertEquals(200, image.status());
        assertTrue(image.header("Content-Type").orElseThrow().startsWith("image/png"), image.headers().toString());
        assertArrayEquals(logo, image.bytes(), "served byte for byte");
        assertEquals(200, client.get("www.moh.localhost", logoPath).status(), "on each of the site's hosts");
        for (String other : List.of("mtc.localhost", "egc.localhost", PORTAL)) {
            assertEquals(404, client.get(other, logoPath).status(), "not on " + other);
        }

        String siteToken = token("moh.localhost", basic("moh-admin", password));
        JsonObject library = client.call("GET", "moh.localhost", "/api/v1/media?kind=image", bearer(siteToken), null)
                .json();
        assertEquals(1, library.getInt("total"), "the logo is in the site's media library");
        long logoId = library.getJsonArray("files").getJsonObject(0).getJsonNumber("mediaId").longValue();
        assertEquals(List.of("logo"), strings(client.call("GET", "moh.localhost", "/api/v1/media/" + logoId,
                bearer(siteToken), null).json(), "usedBy"), "and known there as the logo");
        SiteClient.Reply pages = client.call("GET", "moh.localhost", "/api/v1/content?type=page", bearer(siteToken), null);
        assertEquals(6, pages.json().getInt("total"), "the new admin signs in to the site's API");
        assertEquals(401, client.call("GET", PORTAL, TENANTS, bearer(siteToken), null).status(),
                "the new site admin's token is worth nothing on the platform API");

        JsonObject listed = client.call("GET", PORTAL, TENANTS, bearer(adminToken()), null).json();
        assertTrue(listed.getJsonArray("sites").getValuesAs(JsonObject.class).stream()
                .anyMatch(entry -> entry.getString("slug").equals("moh") && entry.containsKey("lastPublished")));
        assertEquals("Ministry of Health", client.call("GET", PORTAL, TENANTS + "/moh", bearer(adminToken()), null)
                .json().getJsonObject("names").getString("en"));
    }

    @Test
    void everyBadInputIsRefusedWithAMessageInTheCallersLanguageAndLeavesNothingBehind() {
        String token = adminToken();
        String english = "Accept-Language";
        record Case(String slug, String body, int status, String words) {
        }
        List<Case> cases = List.of(
                new Case("bad-slug", request("Bad Slug!", "bad.localhost", "ministry", "\"new-a\"", "{\"name\": \"A\"}"),
                        400, "not a valid site slug"),
                new Case("mtc-again", request("MTC", "mtc-again.localhost", "ministry", "\"new-b\"", "{\"name\": \"B\"}"),
                        409, "already belongs to a site"),
                new Case("taken-host", request("taken-host", "MTC.Localhost", "ministry", "\"new-c\"", "{\"name\": \"C\"}"),
                        409, "already belongs to the site mtc"),
                new Case("dup-host", request("dup-host", "dup.localhost\", \"DUP.localhost", "ministry", "\"new-d\"",
                        "{\"name\": \"D\"}"), 400, "listed twice"),
                new Case("bad-host", request("bad-host", "bad_host.localhost", "ministry", "\"new-e\"", "{\"name\": \"E\"}"),
                        400, "not a valid host name"),
                new Case("no-template", request("no-template", "no-template.localhost", "district", "\"new-f\"",
                        "{\"name\": \"F\"}"), 400, "There is no template district"),
                new Case("no-admin", request("no-admin", "no-admin.localhost", "agency", "\"new-g\"",
                        "{\"email\": \"not-an-address\", \"password\": \"short\"}"), 400, "needs a name"),
                new Case("take-over", request("take-over", "take-over.localhost", "agency", "\"mtc-admin\"",
                        "{\"password\": \"a-new-password\"}"), 409, "already exists"));
        for (Case bad : cases) {
            SiteClient.Reply refused = client.call("POST", PORTAL, TENANTS, Map.of("Authorization", "Bearer " + token,
                    "Content-Type", "application/json", english, "en"), bad.body());
            assertEquals(bad.status(), refused.status(), bad.slug() + ": " + refused.body());
            assertTrue(refused.json().getString("message", "").contains(bad.words()), refused.body());
            assertNothingLeft(bad.slug(), bad.slug() + ".localhost");
        }
        assertEquals("no", client.fixture("GET", "/account", Map.of("username", "new-g")));

        byte[] png = MediaFixtures.png(40, 40, Color.BLUE);
        Map<String, String> badLogos = new LinkedHashMap<>();
        badLogos.put(logo("emblem.png", MediaFixtures.EXECUTABLE), "Only JPEG, PNG, WebP and GIF images");
        badLogos.put(logo("emblem.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8)), "this file is image/svg+xml");
        badLogos.put(logo("emblem.png", Arrays.copyOf(png, 20)), "damaged or incomplete");
        badLogos.put(logo("emblem.png", Arrays.copyOf(png, 2_100_000)), "too large");
        badLogos.put(logo("emblem.png", new byte[0]), "empty");
        badLogos.put("{\"fileName\": \"emblem.png\", \"data\": \"iVBORw0KGgo=!\"}", "not valid base64");
        int n = 0;
        for (Map.Entry<String, String> bad : badLogos.entrySet()) {
            String slug = "bad-logo-" + ++n;
            String body = request(slug, slug + ".localhost", "agency", "\"" + slug + "-admin\"", "{\"name\": \"L\"}")
                    .replace("\"admin\":", "\"brand\": {\"colour\": \"blue\", \"logo\": " + bad.getKey() + "}, \"admin\":");
            SiteClient.Reply refused = client.call("POST", PORTAL, TENANTS, Map.of("Authorization", "Bearer " + token,
                    "Content-Type", "application/json", english, "en"), body);
            assertEquals(400, refused.status(), slug + ": " + refused.body());
            JsonObject problem = refused.json().getJsonArray("problems").getJsonObject(0);
            assertEquals("brand.logo", problem.getString("field"), refused.body());
            assertTrue(problem.getString("message").contains(bad.getValue()), refused.body());
            assertNothingLeft(slug, slug + ".localhost");
            assertEquals("no", client.fixture("GET", "/account", Map.of("username", slug + "-admin")));
        }
        assertNoLogoWaiting();

        SiteClient.Reply lao = post(PORTAL, TENANTS, token, request("x", "x.localhost", "ministry", "\"new-h\"",
                "{\"name\": \"H\"}"));
        assertEquals(400, lao.status());
        assertTrue(lao.json().getString("message").contains("ບໍ່ແມ່ນຊື່ຫຍໍ້ເວັບໄຊທີ່ຖືກຕ້ອງ"), "Lao by default");
        assertEquals(400, post(PORTAL, TENANTS, token, "{\"slug\": \"malformed\", \"hosts\": \"one.localhost\"}").status());
        assertEquals(400, post(PORTAL, TENANTS, token, "not json").status());
        assertEquals("mtc", client.call("GET", PORTAL, TENANTS + "/mtc", bearer(token), null).json().getString("slug"),
                "a refused request changed nothing of the site it collided with");
        assertEquals(200, client.get("mtc.localhost", "/").status());
    }

    @Test
    void aCreationThatFailsHalfwayLeavesNoSchemaRowHostFolderOrAccount() {
        String prefix = "mariadb".equals(System.getProperty("it.database"))
                ? System.getProperty("it.mariadb.prefix") : "gweb_site_";
        client.fixture("POST", "/leftover-schema", Map.of("name", prefix + "leftover"));
        SiteClient.Reply failed = post(PORTAL, TENANTS, adminToken(), request("leftover", "leftover.localhost", "agency",
                "\"leftover-admin\"", "{\"name\": \"Leftover admin\", \"password\": \"leftover-2026\"}")
                .replace("\"admin\":", "\"brand\": {\"logo\": " + logo("emblem.png", MediaFixtures.png(30, 30, Color.RED))
                        + "}, \"admin\":"));
        assertEquals(500, failed.status(), failed.body());
        assertFalse(failed.body().contains("Exception"), "no internals reach the caller");
        assertNothingLeft("leftover", "leftover.localhost");
        assertNoLogoWaiting();
        assertEquals("no", client.fixture("GET", "/account", Map.of("username", "leftover-admin")),
                "the admin account made for the site is removed with it");
    }

    @Test
    void aPlatformAdminSuspendsResumesRenamesAndMovesASite() {
        String token = adminToken();
        SiteClient.Reply created = post(PORTAL, TENANTS, token, request("prov", "prov.localhost", "province",
                "\"mtc-admin\"", "{}"));
        assertEquals(201, created.status(), created.body());
        assertFalse(created.json().getJsonObject("admin").getBoolean("created"), "an existing account is reused");
        assertFalse(created.json().getJsonObject("admin").containsKey("password"));
        assertEquals(200, client.get("prov.localhost", "/about/districts").status());

        assertEquals(200, patch("prov", token, "{\"status\": \"suspended\"}").status());
        assertEquals(503, client.get("prov.localhost", "/").status());
        assertEquals(200, patch("prov", token, "{\"status\": \"active\"}").status());
        assertEquals(200, client.get("prov.localhost", "/").status());

        SiteClient.Reply moved = patch("prov", token, "{\"hosts\": [\"new-prov.localhost\", \"www.new-prov.localhost\"],"
                + " \"names\": {\"lo\": \"ແຂວງໃໝ່\", \"en\": \"New Province\"}}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(List.of("new-prov.localhost", "www.new-prov.localhost"), strings(moved.json(), "hosts"));
        assertEquals(404, client.get("prov.localhost", "/").status(), "the old host name is gone");
        assertTrue(client.get("new-prov.localhost", "/").body().contains("ແຂວງໃໝ່"));
        assertEquals(200, patch("prov", token, "{\"hosts\": [\"www.new-prov.localhost\", \"new-prov.localhost\"]}")
                .status(), "a site may reorder its own host names");

        assertEquals(409, patch("prov", token, "{\"hosts\": [\"egc.localhost\"]}").status());
        assertEquals(400, patch("prov", token, "{\"theme\": \"no-such-theme\"}").status());
        assertEquals(400, patch("prov", token, "{\"status\": \"closed\"}").status());
        assertEquals(400, patch("prov", token, "{\"hosts\": []}").status());
        assertEquals(404, patch("nowhere", token, "{\"status\": \"active\"}").status());
        assertEquals(200, client.get("egc.localhost", "/").status(), "egc kept its host");
    }

    @Test
    void thePlatformApiIsForPlatformAdminsOnThePortalHostOnly() {
        assertEquals(401, client.get(PORTAL, TENANTS).status(), "no token");
        String siteAdmin = token("mtc.localhost", SiteClient.demoBasic("mtc-admin"));
        assertEquals(401, client.call("GET", PORTAL, TENANTS, bearer(siteAdmin), null).status(), "a site's token");
        assertEquals(401, client.call("POST", PORTAL, "/api/v1/auth/tokens",
                Map.of("Authorization", SiteClient.demoBasic("mtc-admin")), null).status(), "a site admin's password");
        String adminOnSite = token("mtc.localhost", ADMIN_BASIC);
        assertEquals(401, client.call("GET", PORTAL, TENANTS, bearer(adminOnSite), null).status(),
                "a platform admin's token of one site is not a platform token");

        String platform = adminToken();
        for (String host : List.of("mtc.localhost", "egc.localhost")) {
            assertEquals(404, client.call("GET", host, TENANTS, bearer(platform), null).status(), host);
            assertEquals(404, client.call("POST", host, TENANTS, Map.of("Authorization", "Bearer " + platform,
                    "Content-Type", "application/json"), request("sneak", "sneak.localhost", "agency", "\"x-admin\"",
                    "{\"name\": \"X\"}")).status(), host);
            assertEquals(404, client.call("PUT", host, "/api/v1/platform/templates/agency/pages/about",
                    Map.of("Authorization", "Bearer " + platform, "Content-Type", "application/json"),
                    "{\"title\": {\"lo\": \"x\", \"en\": \"x\"}}").status(), host);
        }
        assertEquals(401, client.call("GET", "mtc.localhost", "/api/v1/content?type=page", bearer(platform), null)
                .status(), "a platform token opens no site");
        assertNothingLeft("sneak", "sneak.localhost");
        String author = token("mtc.localhost", SiteClient.demoBasic("mtc-author"));
        assertEquals(403, client.call("GET", "mtc.localhost", "/api/v1/template-updates", bearer(author), null).status());
    }

    @Test
    void aTemplateChangeUpdatesUntouchedPagesAndIsOnlyOfferedForEditedOnes() {
        String token = adminToken();
        for (String slug : List.of("ag-edited", "ag-untouched")) {
            assertEquals(201, post(PORTAL, TENANTS, token, request(slug, slug + ".localhost", "agency",
                    "\"" + slug + "-admin\"", "{\"name\": \"Admin\", \"password\": \"" + slug + "-2026\"}")).status());
        }
        String edited = token("ag-edited.localhost", basic("ag-edited-admin", "ag-edited-2026"));
        JsonObject about = page("ag-edited.localhost", edited, "about");
        long aboutId = about.getJsonNumber("id").longValue();
        SiteClient.Reply saved = client.call("PUT", "ag-edited.localhost", "/api/v1/content/" + aboutId,
                Map.of("Authorization", "Bearer " + edited, "Content-Type", "application/json"), """
                {"path": "about", "version": %d, "title": {"lo": "ກ່ຽວກັບພວກເຮົາ", "en": "About us"},
                 "body": {"lo": "<p>ຂໍ້ຄວາມຂອງພວກເຮົາເອງ</p>", "en": "<p>Our very own text</p>"}}"""
                .formatted(about.getJsonNumber("version").longValue()));
        assertEquals(200, saved.status(), saved.body());

        SiteClient.Reply revised = client.call("PUT", PORTAL, "/api/v1/platform/templates/agency/pages/about",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), """
                {"title": {"lo": "ກ່ຽວກັບ {site}", "en": "About the {site}"},
                 "body": {"lo": "<p>ຂໍ້ຄວາມໃໝ່ຂອງ {site}</p>", "en": "<p>The new standard text of the {site}</p>"}}""");
        assertEquals(200, revised.status(), revised.body());
        assertTrue(strings(revised.json(), "updated").contains("ag-untouched"), revised.body());
        assertTrue(strings(revised.json(), "offered").contains("ag-edited"), revised.body());
        assertFalse(strings(revised.json(), "updated").contains("ag-edited"), "an edited page is never overwritten");
        int revision = revised.json().getInt("revision");

        assertTrue(client.get("ag-untouched.localhost", "/en/about").body().contains("The new standard text of the"),
                "a page its site never edited follows the template");
        String untouched = token("ag-untouched.localhost", basic("ag-untouched-admin", "ag-untouched-2026"));
        long untouchedId = page("ag-untouched.localhost", untouched, "about").getJsonNumber("id").longValue();
        String kept = client.fixture("GET", "/revisions", Map.of("slug", "ag-untouched", "id", String.valueOf(untouchedId)));
        assertTrue(kept.contains("Please explain which ministry") && kept.contains("The new standard text of the"),
                "the template's earlier text stays a revision that can be restored");
        assertTrue(client.get("ag-edited.localhost", "/en/about").body().contains("Our very own text"));

        JsonObject offers = client.call("GET", "ag-edited.localhost", "/api/v1/template-updates", bearer(edited), null)
                .json();
        JsonObject offer = offers.getJsonArray("updates").getJsonObject(0);
        assertAll(
                () -> assertEquals("about", offer.getString("path")),
                () -> assertEquals(revision, offer.getInt("revision")),
                () -> assertTrue(offer.getJsonObject("mine").getJsonObject("body").getString("en").contains("Our very own")),
                () -> assertTrue(offer.getJsonObject("template").getJsonObject("body").getString("en")
                        .contains("The new standard text of the")));
        assertEquals(0, client.call("GET", "ag-untouched.localhost", "/api/v1/template-updates", bearer(untouched), null)
                .json().getJsonArray("updates").size());

        assertEquals(204, client.call("POST", "ag-edited.localhost", "/api/v1/template-updates/" + aboutId + "/keep",
                bearer(edited), null).status());
        assertEquals(0, client.call("GET", "ag-edited.localhost", "/api/v1/template-updates", bearer(edited), null)
                .json().getJsonArray("updates").size());
        assertTrue(client.get("ag-edited.localhost", "/en/about").body().contains("Our very own text"));

        SiteClient.Reply again = client.call("PUT", PORTAL, "/api/v1/platform/templates/agency/pages/about",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), """
                {"title": {"lo": "ກ່ຽວກັບ {site}", "en": "About the {site}"},
                 "body": {"lo": "<p>ສະບັບທີສາມ</p>", "en": "<p>The third standard text</p>"}}""");
        assertTrue(strings(again.json(), "offered").contains("ag-edited"), "a kept page is still an edited page");
        assertTrue(client.get("ag-edited.localhost", "/en/about").body().contains("Our very own text"));
        assertEquals(204, client.call("POST", "ag-edited.localhost", "/api/v1/template-updates/" + aboutId + "/apply",
                bearer(edited), null).status());
        assertTrue(client.get("ag-edited.localhost", "/en/about").body().contains("The third standard text"));
        assertTrue(client.fixture("GET", "/revisions", Map.of("slug", "ag-edited", "id", String.valueOf(aboutId)))
                .contains("Our very own text"), "the site's own text stays a revision it can restore");
        assertEquals(404, client.call("POST", "ag-edited.localhost", "/api/v1/template-updates/" + aboutId + "/apply",
                bearer(edited), null).status(), "nothing is left to apply");
        assertEquals(404, client.call("PUT", PORTAL, "/api/v1/platform/templates/agency/pages/nowhere",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
                "{\"title\": {\"lo\": \"x\", \"en\": \"x\"}}").status());
    }

    private void assertNothingLeft(String slug, String host) {
        String schemaSuffix = "site_" + slug.replace('-', '_');
        assertAll(slug,
                () -> assertEquals(404, client.call("GET", PORTAL, TENANTS + "/" + slug, bearer(adminToken()), null)
                        .status(), "no catalog row"),
                () -> assertEquals(404, client.get(host, "/").status(), "no host answering"),
                () -> assertTrue(List.of(client.fixture("GET", "/schemas", Map.of()).split("\n")).stream()
                        .noneMatch(schema -> schema.endsWith(schemaSuffix)), "no schema"),
                () -> assertFalse(Files.exists(Path.of(System.getProperty("it.dataDir"), "sites", slug)),
                        "no files or index folder"));
    }

    /** No logo received for a site stays waiting in the platform's incoming folder. */
    private static void assertNoLogoWaiting() {
        Path incoming = Path.of(System.getProperty("it.dataDir"), ".incoming");
        if (Files.isDirectory(incoming)) {
            try (Stream<Path> waiting = Files.list(incoming)) {
                assertEquals(List.of(), waiting.toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String logo(String fileName, byte[] content) {
        return Json.createObjectBuilder().add("fileName", fileName)
                .add("data", Base64.getMimeEncoder().encodeToString(content)).build().toString();
    }

    private static String request(String slug, String host, String template, String adminUsername, String adminRest) {
        String admin = adminRest.equals("{}") ? "{\"username\": " + adminUsername + "}"
                : "{\"username\": " + adminUsername + ", " + adminRest.substring(1);
        return """
                {"slug": "%s", "names": {"lo": "ເວັບໄຊ %s", "en": "Site %s"}, "hosts": ["%s"], "template": "%s",
                 "admin": %s}""".formatted(slug, slug, slug, host, template, admin);
    }

    private JsonObject page(String host, String token, String path) {
        return client.call("GET", host, "/api/v1/content?type=page&size=100", bearer(token), null).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("slug").equals(path)).findFirst().orElseThrow();
    }

    private SiteClient.Reply post(String host, String path, String token, String body) {
        return client.call("POST", host, path, Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/json"), body);
    }

    private SiteClient.Reply patch(String slug, String token, String body) {
        return client.call("PATCH", PORTAL, TENANTS + "/" + slug, Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/json"), body);
    }

    private String adminToken() {
        return token(PORTAL, ADMIN_BASIC);
    }

    private String token(String host, String basic) {
        SiteClient.Reply reply = client.call("POST", host, "/api/v1/auth/tokens", Map.of("Authorization", basic), null);
        assertEquals(200, reply.status(), host + ": " + reply.body());
        return reply.json().getString("token");
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(JsonValue.class).stream()
                .map(value -> ((jakarta.json.JsonString) value).getString()).toList();
    }
}
