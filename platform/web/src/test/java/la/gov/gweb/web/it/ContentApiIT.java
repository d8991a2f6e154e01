package la.gov.gweb.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The content API of a site: who may read and change what, safe HTML, optimistic locking,
 * throttled passwords, and that nothing issued for one site works on another.
 */
class ContentApiIT extends DeployedPlatform {

    static final String MTC = "mtc.localhost";
    static final String EGC = "egc.localhost";

    @Test
    void anAuthorsDraftIsPublishedByAnEditorAndVisibleAtOnce() {
        String author = token(MTC, "mtc-author");
        SiteClient.Reply created = post(MTC, "/api/v1/content", author, """
                {"type": "news", "slug": "api-workflow", "title": {"lo": "ຂ່າວຈາກ API", "en": "News from the API"},
                 "body": {"lo": "<p>ເນື້ອໃນ</p>"}}""");
        assertEquals(201, created.status(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        assertEquals(404, client.get(MTC, "/news/api-workflow").status(), "a draft is not public");
        assertEquals(403, post(MTC, "/api/v1/content/" + id + "/publish", author, null).status(),
                "authors cannot publish");
        assertEquals(200, post(MTC, "/api/v1/content/" + id + "/submit", author, null).status());
        SiteClient.Reply published = post(MTC, "/api/v1/content/" + id + "/publish", token(MTC, "mtc-editor"), null);
        assertEquals(200, published.status(), published.body());
        SiteClient.Reply page = client.get(MTC, "/news/api-workflow");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("ຂ່າວຈາກ API"));
    }

    @Test
    void scriptsEventHandlersAndJavascriptUrlsNeverReachAPage() {
        String editor = token(MTC, "mtc-editor");
        SiteClient.Reply created = post(MTC, "/api/v1/content", editor, """
                {"type": "page", "path": "xss-probe", "status": "published", "title": {"lo": "ທົດສອບ"},
                 "body": {"lo": "<p onclick=\\"steal()\\">ສະບາຍດີ<script>alert(1)</script><a href=\\"javascript:alert(2)\\">x</a><img src=x onerror=alert(3)></p>"}}""");
        assertEquals(201, created.status(), created.body());
        String page = client.get(MTC, "/xss-probe").body();
        assertAll(
                () -> assertTrue(page.contains("ສະບາຍດີ")),
                () -> assertFalse(page.contains("alert("), page),
                () -> assertFalse(page.contains("onclick")),
                () -> assertFalse(page.contains("onerror")),
                () -> assertFalse(page.contains("javascript:")));
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndNothingIsLost() {
        String editor = token(MTC, "mtc-editor");
        long id = json(post(MTC, "/api/v1/content", editor, """
                {"type": "announcements", "slug": "api-lock", "title": {"lo": "ສະບັບທຳອິດ"}}""")).getJsonNumber("id").longValue();
        SiteClient.Reply first = put(MTC, "/api/v1/content/" + id, editor, """
                {"version": 1, "slug": "api-lock", "title": {"lo": "ການແກ້ໄຂຂອງຜູ້ທີໜຶ່ງ"}}""");
        SiteClient.Reply second = put(MTC, "/api/v1/content/" + id, editor, """
                {"version": 1, "slug": "api-lock", "title": {"lo": "ການແກ້ໄຂຂອງຜູ້ທີສອງ"}}""");
        assertEquals(200, first.status(), first.body());
        assertEquals(409, second.status(), second.body());
        assertTrue(json(second).getString("message").contains("mtc-editor"));
        JsonObject stored = json(call("GET", MTC, "/api/v1/content/" + id, editor, null));
        assertEquals("ການແກ້ໄຂຂອງຜູ້ທີໜຶ່ງ", stored.getJsonObject("title").getString("lo"));
    }

    @Test
    void badInputGetsAClearMessageInTheCallersLanguage() {
        String author = token(MTC, "mtc-author");
        Map<String, Integer> cases = Map.of(
                "{\"type\": ", 400,
                "{\"type\": \"video\", \"slug\": \"x\", \"title\": {\"lo\": \"x\"}}", 400,
                "{\"type\": \"news\", \"slug\": \"Not A Slug\", \"title\": {\"lo\": \"x\"}}", 400,
                "{\"type\": \"news\", \"slug\": \"long\", \"title\": {\"lo\": \"" + "ກ".repeat(501) + "\"}}", 400,
                "{\"type\": \"legal\", \"slug\": \"d\", \"title\": {\"lo\": \"x\"}, \"legal\": {\"issued\": \"2026-13-40\"}}", 400,
                "{\"type\": \"news\", \"slug\": \"x\", \"title\": \"not an object\"}", 400);
        cases.forEach((body, status) -> {
            SiteClient.Reply reply = call("POST", MTC, "/api/v1/content", author, body, "en");
            assertEquals(status, reply.status(), body + " -> " + reply.body());
            assertTrue(reply.header("Content-Type").orElse("").startsWith("application/json"), body);
            assertFalse(json(reply).getString("message").isBlank(), body);
            assertFalse(reply.body().contains("Exception"), reply.body());
        });
        SiteClient.Reply lao = call("POST", MTC, "/api/v1/content", author, "{\"type\": \"news\", \"slug\": \"x\"}", "lo");
        assertTrue(json(lao).getString("message").contains("ຫົວຂໍ້"), lao.body());
    }

    @Test
    void anonymousCallersReadOnlyPublishedContentAndWriteNothing() {
        JsonObject list = json(client.get(MTC, "/api/v1/content?type=news&size=100"));
        assertTrue(list.getInt("total") >= 11, "the 11 published demo news at least");
        list.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> {
            assertEquals("published", item.getString("status"));
            assertFalse(item.getString("slug").equals("national-data-centre-phase-2"), "the demo draft is not listed");
        });
        assertEquals(401, call("POST", MTC, "/api/v1/content", null, "{}").status());
        assertEquals(401, call("DELETE", MTC, "/api/v1/content/1", null, null).status());
    }

    @Test
    void nothingIssuedForOneSiteWorksOnAnother() {
        String mtcEditor = token(MTC, "mtc-editor");
        long mtcDraft = json(post(MTC, "/api/v1/content", mtcEditor, """
                {"type": "news", "slug": "mtc-only", "title": {"lo": "ສະເພາະກະຊວງ"}}""")).getJsonNumber("id").longValue();
        for (String[] endpoint : List.of(new String[] {"GET", "/api/v1/content"},
                new String[] {"GET", "/api/v1/content/" + mtcDraft},
                new String[] {"POST", "/api/v1/content"},
                new String[] {"PUT", "/api/v1/content/" + mtcDraft},
                new String[] {"DELETE", "/api/v1/content/" + mtcDraft},
                new String[] {"POST", "/api/v1/content/" + mtcDraft + "/submit"},
                new String[] {"POST", "/api/v1/content/" + mtcDraft + "/publish"},
                new String[] {"POST", "/api/v1/content/" + mtcDraft + "/unpublish"})) {
            SiteClient.Reply reply = call(endpoint[0], EGC, endpoint[1], mtcEditor,
                    endpoint[0].equals("GET") || endpoint[0].equals("DELETE") ? null : "{\"version\": 1}");
            assertEquals(401, reply.status(), endpoint[0] + " " + endpoint[1] + " -> " + reply.body());
            assertFalse(reply.body().contains("ສະເພາະກະຊວງ"));
        }
        SiteClient.Reply basic = client.call("POST", EGC, "/api/v1/auth/tokens",
                Map.of("Authorization", basic("mtc-editor")), null);
        assertEquals(401, basic.status(), "an mtc member is no member of egc");
        String egcEditor = token(EGC, "egc-editor");
        SiteClient.Reply egcRead = call("GET", EGC, "/api/v1/content/" + mtcDraft, egcEditor, null);
        assertFalse(egcRead.body().contains("ສະເພາະກະຊວງ"), "an id reaches only the own site's store");
    }

    @Test
    void repeatedWrongPasswordsAreThrottledForThatAddressOnly() {
        Map<String, String> wrong = Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("luangprabang-author:wrong-password".getBytes()));
        String host = "luangprabang.localhost";
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(401, client.call("POST", host, "/api/v1/auth/tokens", wrong, null).status());
        }
        SiteClient.Reply throttled = client.call("POST", host, "/api/v1/auth/tokens", wrong, null);
        assertEquals(429, throttled.status());
        assertTrue(throttled.header("Retry-After").isPresent());
        SiteClient.Reply evenRight = client.call("POST", host, "/api/v1/auth/tokens",
                Map.of("Authorization", basic("luangprabang-author")), null);
        assertEquals(429, evenRight.status(), "the right password waits too, from this address");
        assertEquals(200, client.call("POST", host, "/api/v1/auth/tokens",
                Map.of("Authorization", basic("luangprabang-editor")), null).status(), "other accounts are unaffected");
    }

    @Test
    void aScheduledUnpublishTakesTheItemOffTheSiteAtItsTime() throws InterruptedException {
        String editor = token(MTC, "mtc-editor");
        Instant soon = Instant.now().plusSeconds(3);
        SiteClient.Reply created = post(MTC, "/api/v1/content", editor, """
                {"type": "news", "slug": "api-expiring", "status": "published", "title": {"lo": "ຂ່າວຊົ່ວຄາວ"},
                 "unpublishAt": "%s"}""".formatted(soon));
        assertEquals(201, created.status(), created.body());
        assertEquals(200, client.get(MTC, "/news/api-expiring").status());
        while (Instant.now().isBefore(soon.plusMillis(500))) {
            Thread.sleep(250);
        }
        assertEquals(404, client.get(MTC, "/news/api-expiring").status());
    }

    @Test
    void aNewVersionOfAPublishedItemReplacesItAtItsScheduledTime() throws InterruptedException {
        String editor = token(MTC, "mtc-editor");
        SiteClient.Reply created = post(MTC, "/api/v1/content", editor, """
                {"type": "news", "slug": "api-replaced", "status": "published", "title": {"lo": "ສະບັບເກົ່າ"}}""");
        JsonObject item = json(created);
        Instant at = Instant.now().plusSeconds(2);
        SiteClient.Reply scheduled = post(MTC, "/api/v1/content/" + item.getInt("id") + "/replacement", editor, """
                {"version": %d, "slug": "api-replaced", "title": {"lo": "ສະບັບໃໝ່"}, "replaceAt": "%s"}"""
                .formatted(item.getInt("version"), at));
        assertEquals(202, scheduled.status(), scheduled.body());
        assertTrue(client.get(MTC, "/news/api-replaced").body().contains("ສະບັບເກົ່າ"), "the old version until then");
        Instant deadline = at.plusSeconds(30);
        while (!client.get(MTC, "/news/api-replaced").body().contains("ສະບັບໃໝ່") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertTrue(client.get(MTC, "/news/api-replaced").body().contains("ສະບັບໃໝ່"), "the new version after");
        SiteClient.Reply past = post(MTC, "/api/v1/content/" + item.getInt("id") + "/replacement", editor, """
                {"version": 99, "slug": "api-replaced", "title": {"lo": "x"}, "replaceAt": "2020-01-01T00:00:00Z"}""");
        assertEquals(409, past.status(), "an old version is refused first");
    }

    @Test
    void mediaUploadsAreTypedFromTheirContentAndLimitedInSize() throws Exception {
        String author = token(MTC, "mtc-author");
        byte[] jpeg = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/fixtures/lead.jpg"));
        SiteClient.Reply image = upload(author, "photo.jpg", jpeg);
        assertEquals(201, image.status(), image.body());
        JsonObject file = json(image).getJsonArray("files").getJsonObject(0);
        assertEquals("image/jpeg", file.getString("type"));
        assertEquals(200, client.get(MTC, file.getString("url")).status());
        assertEquals(404, client.get(EGC, file.getString("url")).status(), "one site's media is not on another");

        byte[] program = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/fixtures/program.pdf"));
        SiteClient.Reply disguised = upload(author, "decree.pdf", program);
        assertEquals(400, disguised.status(), disguised.body());
        assertTrue(json(disguised).getString("message").contains("ບໍ່ຮັບໄຟລ໌ປະເພດນີ້"));

        byte[] large = new byte[2_500_000];
        System.arraycopy(jpeg, 0, large, 0, jpeg.length);
        SiteClient.Reply tooLarge = upload(author, "large.jpg", large);
        assertEquals(400, tooLarge.status(), tooLarge.body());
        assertTrue(json(tooLarge).getString("message").contains("MB"));
        assertEquals(401, client.call("POST", MTC, "/api/v1/media", Map.of(), null).status());
    }

    @Test
    void siteAdminsReadTheirOwnSitesAuditLogOnly() {
        String editor = token(MTC, "mtc-editor");
        post(MTC, "/api/v1/content", editor, """
                {"type": "news", "slug": "audited", "title": {"lo": "ກວດສອບ"}}""");
        assertEquals(302, client.get(MTC, "/admin/audit.csv").status(), "the console needs a sign-in");
        SiteClient.Reply mtcAudit = client.call("GET", MTC, "/admin/audit.csv",
                Map.of("Cookie", client.consoleSession(MTC, "mtc-admin", "demo-mtc-2026")), null);
        assertEquals(200, mtcAudit.status());
        assertTrue(mtcAudit.body().contains("\"content.create\"") && mtcAudit.body().contains("\"audited\""),
                mtcAudit.body());
        SiteClient.Reply asAuthor = client.call("GET", MTC, "/admin/audit.csv",
                Map.of("Cookie", client.consoleSession(MTC, "mtc-author", "demo-mtc-2026")), null);
        assertEquals(403, asAuthor.status(), "only site admins read the log");
        SiteClient.Reply lpbAudit = client.call("GET", "luangprabang.localhost", "/admin/audit.csv",
                Map.of("Cookie", client.consoleSession("luangprabang.localhost", "luangprabang-admin",
                        "demo-luangprabang-2026")), null);
        assertEquals(200, lpbAudit.status());
        assertFalse(lpbAudit.body().contains("audited"), "another site's log holds nothing of mtc");
    }

    private SiteClient.Reply upload(String token, String fileName, byte[] content) {
        String boundary = "gweb" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return client.callBytes("POST", MTC, "/api/v1/media", Map.of("Authorization", "Bearer " + token,
                "Content-Type", "multipart/form-data; boundary=" + boundary, "Accept-Language", "lo"), body.toByteArray());
    }

    private String token(String host, String username) {
        return client.demoToken(host, username);
    }

    private static String basic(String username) {
        return SiteClient.demoBasic(username);
    }

    private SiteClient.Reply post(String host, String path, String token, String body) {
        return call("POST", host, path, token, body);
    }

    private SiteClient.Reply put(String host, String path, String token, String body) {
        return call("PUT", host, path, token, body);
    }

    private SiteClient.Reply call(String method, String host, String path, String token, String body) {
        return call(method, host, path, token, body, "lo");
    }

    private SiteClient.Reply call(String method, String host, String path, String token, String body, String language) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Accept-Language", language));
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return client.call(method, host, path, headers, body);
    }

    private static JsonObject json(SiteClient.Reply reply) {
        return reply.json();
    }
}
