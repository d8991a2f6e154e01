package la.gov.gweb.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The media library over HTTP, as the API and the public site see it: several files at once,
 * each accepted or refused on its own; variants; a replacement served at once under the same
 * URL; deletion refused while content uses a file; every bad input answered with a message in
 * the caller's language; and no path of one site reaching another site's media.
 */
class MediaLibraryIT extends DeployedPlatform {

    static final String MTC = "mtc.localhost";
    static final String EGC = "egc.localhost";

    @Test
    void severalFilesAtOnceEachAcceptedOrRefusedOnItsOwnAndListed() throws Exception {
        String author = token(MTC, "mtc-author");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ພາບກອງປະຊຸມ.png", MediaFixtures.png(2000, 1000, Color.BLUE));
        files.put("decree.pdf", MediaFixtures.EXECUTABLE);
        files.put("program.pdf", MediaFixtures.pdf("programme"));
        SiteClient.Reply reply = upload(MTC, author, files, "en");
        assertEquals(400, reply.status(), reply.body());
        JsonObject answer = json(reply);
        assertEquals(2, answer.getJsonArray("files").size(), "the two sound files are kept");
        assertEquals("decree.pdf", answer.getJsonArray("problems").getJsonObject(0).getString("field"));
        assertTrue(answer.getString("message").contains("not accepted"), answer.getString("message"));

        JsonObject image = answer.getJsonArray("files").getJsonObject(0);
        assertEquals("image/png", image.getString("type"));
        assertEquals(2000, image.getInt("width"));
        assertEquals("ພາບກອງປະຊຸມ.png", image.getString("fileName"));
        String url = image.getString("url");
        assertEquals(480, MediaFixtures.widthOf(client.get(MTC, url + "?w=480").bytes()));
        assertEquals(960, MediaFixtures.widthOf(client.get(MTC, url + "?w=700").bytes()));
        assertEquals(2000, MediaFixtures.widthOf(client.get(MTC, url + "?w=3000").bytes()), "the original when wider");
        assertEquals(2000, MediaFixtures.widthOf(client.get(MTC, url + "?w=abc").bytes()));

        JsonObject images = json(call("GET", MTC, "/api/v1/media?kind=image&q=" + java.net.URLEncoder.encode("ກອງປະຊຸມ",
                StandardCharsets.UTF_8), author, null));
        assertTrue(images.getJsonArray("files").stream().anyMatch(f -> f.asJsonObject().getString("url").equals(url)));
        JsonObject documents = json(call("GET", MTC, "/api/v1/media?kind=document", author, null));
        assertTrue(documents.getJsonArray("files").stream().noneMatch(f -> f.asJsonObject().getString("url").equals(url)));
        JsonObject all = json(call("GET", MTC, "/api/v1/media?size=100", author, null));
        assertTrue(all.getJsonArray("files").stream().anyMatch(f -> f.asJsonObject().getString("id").startsWith("media/news/")
                || f.asJsonObject().getString("id").contains("logo")), "seeded media are in the library");
    }

    @Test
    void aReplacementKeepsTheUrlAndIsServedAtOnce() throws Exception {
        String author = token(MTC, "mtc-author");
        String editor = token(MTC, "mtc-editor");
        JsonObject file = uploadOne(MTC, author, "banner.png", MediaFixtures.png(1200, 600, Color.RED));
        String url = file.getString("url");
        SiteClient.Reply before = client.get(MTC, url);
        assertEquals("public, no-cache", before.header("Cache-Control").orElse(""));
        String etag = before.header("ETag").orElseThrow();
        assertEquals(304, client.call("GET", MTC, url, Map.of("If-None-Match", etag), null).status());

        SiteClient.Reply byAuthor = replace(MTC, author, file.getInt("mediaId"), "banner-2.png",
                MediaFixtures.png(1200, 600, Color.GREEN));
        assertEquals(403, byAuthor.status(), "authors do not replace");
        SiteClient.Reply otherType = replace(MTC, editor, file.getInt("mediaId"), "banner.jpg",
                Files.readAllBytes(Path.of("src/test/resources/fixtures/lead.jpg")));
        assertEquals(400, otherType.status());
        assertTrue(json(otherType).getString("message").contains("PNG"), otherType.body());
        assertEquals(Color.RED, MediaFixtures.colorOf(client.get(MTC, url).bytes()), "a refused replacement changes nothing");

        byte[] green = MediaFixtures.png(1000, 500, Color.GREEN);
        SiteClient.Reply replaced = replace(MTC, editor, file.getInt("mediaId"), "banner-2.png", green);
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals(url, json(replaced).getString("url"), "the URL stays");
        assertEquals("mtc-editor", json(replaced).getString("replacedBy"));
        SiteClient.Reply after = client.call("GET", MTC, url, Map.of("If-None-Match", etag), null);
        assertEquals(200, after.status(), "the old ETag no longer matches");
        assertArrayEquals(green, after.bytes());
        assertEquals(Color.GREEN, MediaFixtures.colorOf(client.get(MTC, url + "?w=480").bytes()), "variants follow");
    }

    @Test
    void aFileInUseIsNotDeletedAndAnUnusedOneIsGone() {
        String author = token(MTC, "mtc-author");
        String editor = token(MTC, "mtc-editor");
        JsonObject used = uploadOne(MTC, author, "lead.png", MediaFixtures.png(800, 400, Color.ORANGE));
        SiteClient.Reply item = call("POST", MTC, "/api/v1/content", author, """
                {"type": "news", "slug": "media-in-use", "title": {"lo": "ຂ່າວມີຮູບ"}, "leadImage": "%s"}"""
                .formatted(used.getString("id")));
        assertEquals(201, item.status(), item.body());
        assertEquals(403, call("DELETE", MTC, "/api/v1/media/" + used.getInt("mediaId"), author, null).status());
        SiteClient.Reply refused = call("DELETE", MTC, "/api/v1/media/" + used.getInt("mediaId"), editor, null);
        assertEquals(409, refused.status());
        assertTrue(json(refused).getString("message").contains("ຂ່າວມີຮູບ"), refused.body());
        assertEquals(200, client.get(MTC, used.getString("url")).status(), "nothing was deleted");
        assertTrue(json(call("GET", MTC, "/api/v1/media/" + used.getInt("mediaId"), author, null))
                .getJsonArray("usedBy").size() == 1);

        JsonObject unused = uploadOne(MTC, author, "spare.png", MediaFixtures.png(800, 400, Color.GRAY));
        SiteClient.Reply described = call("PUT", MTC, "/api/v1/media/" + unused.getInt("mediaId"), author,
                "{\"title\": {\"lo\": \"ຮູບສຳຮອງ\"}, \"alt\": {\"lo\": \"ຮູບສີເທົາ\", \"en\": \"A grey picture\"}}");
        assertEquals(200, described.status(), described.body());
        assertEquals("A grey picture", json(described).getJsonObject("alt").getString("en"));
        assertEquals(204, call("DELETE", MTC, "/api/v1/media/" + unused.getInt("mediaId"), editor, null).status());
        assertEquals(404, client.get(MTC, unused.getString("url")).status());
        assertEquals(404, client.get(MTC, unused.getString("url") + "?w=480").status());
        assertEquals(404, call("GET", MTC, "/api/v1/media/" + unused.getInt("mediaId"), author, null).status());
    }

    @Test
    void everyBadUploadGetsAClearMessageInTheCallersLanguage() throws Exception {
        String author = token(MTC, "mtc-author");
        assertRefused(upload(MTC, author, Map.of("report.docx", MediaFixtures.docxBomb()), "en"), "zip bomb");
        assertRefused(upload(MTC, author, Map.of("report.docx", MediaFixtures.docxBomb()), "lo"), "zip bomb");
        assertRefused(upload(MTC, author, Map.of("decree.pdf", MediaFixtures.truncatedPdf()), "en"), "damaged or incomplete");
        assertRefused(upload(MTC, author, Map.of("decree.pdf", MediaFixtures.truncatedPdf()), "lo"), "ເສຍຫາຍ");
        assertRefused(upload(MTC, author, Map.of("huge.png", pngClaiming(60_000, 60_000)), "en"), "60000 × 60000");
        assertRefused(upload(MTC, author, Map.of("big.png", new byte[2_100_000]), "lo"), "ໃຫຍ່ເກີນໄປ");

        String api = MediaFixtures.postDeclaring2Gb(deployment.getPort(), MTC, "/api/v1/media",
                Map.of("Authorization", "Bearer " + author, "Accept-Language", "en"));
        assertTrue(api.startsWith("HTTP/1.1 413"), api);
        assertTrue(api.contains("The file is too large: at most 1 MB."), api);

        String session = client.consoleSession(MTC, "mtc-author", "demo-mtc-2026");
        String console = MediaFixtures.postDeclaring2Gb(deployment.getPort(), MTC, "/admin/media",
                Map.of("Cookie", session, "Faces-Request", "partial/ajax"));
        assertTrue(console.startsWith("HTTP/1.1 200"), console);
        assertTrue(console.contains("<partial-response>") && console.contains("ໄຟລ໌ໃຫຍ່ເກີນໄປ"), console);
        String form = MediaFixtures.postDeclaring2Gb(deployment.getPort(), MTC, "/admin/media", Map.of("Cookie", session));
        assertTrue(form.startsWith("HTTP/1.1 413") && form.contains("ໄຟລ໌ໃຫຍ່ເກີນໄປ"), form);
        assertFalse(form.contains("Exception"));
        assertEquals(200, client.call("GET", MTC, "/admin/media", Map.of("Cookie", session), null).status(),
                "the session goes on");
    }

    @Test
    void noPathOfOneSiteReachesAnotherSitesMedia() {
        String mtcEditor = token(MTC, "mtc-editor");
        JsonObject mtcFile = uploadOne(MTC, mtcEditor, "mtc-only.png", MediaFixtures.png(600, 300, Color.MAGENTA));
        long id = mtcFile.getInt("mediaId");
        String egcEditor = token(EGC, "egc-editor");
        assertEquals(404, client.get(EGC, mtcFile.getString("url")).status());
        assertEquals(404, client.get(EGC, mtcFile.getString("url") + "?w=480").status());
        JsonArray egcList = json(call("GET", EGC, "/api/v1/media?size=100", egcEditor, null)).getJsonArray("files");
        assertTrue(egcList.stream().noneMatch(f -> f.asJsonObject().getString("fileName").equals("mtc-only.png")));

        SiteClient.Reply read = call("GET", EGC, "/api/v1/media/" + id, egcEditor, null);
        assertTrue(read.status() == 404 || !json(read).getString("fileName").equals("mtc-only.png"), read.body());
        assertEquals(401, call("GET", MTC, "/api/v1/media/" + id, token(EGC, "egc-admin"), null).status(),
                "another site's token is nobody here");
        for (String path : new String[] {"/api/v1/media", "/api/v1/media/" + id}) {
            assertEquals(401, call("GET", MTC, path, egcEditor, null).status(), path);
        }
        assertEquals(401, call("PUT", MTC, "/api/v1/media/" + id, egcEditor, "{\"title\": {\"en\": \"x\"}}").status());
        assertEquals(401, call("DELETE", MTC, "/api/v1/media/" + id, egcEditor, null).status());
        assertEquals(401, replace(MTC, egcEditor, id, "x.png", MediaFixtures.png(10, 10, Color.BLACK)).status());
        assertEquals(401, upload(MTC, egcEditor, Map.of("x.png", MediaFixtures.png(10, 10, Color.BLACK)), "lo").status());

        String egcSession = client.consoleSession(EGC, "egc-editor", "demo-egc-2026");
        SiteClient.Reply egcScreen = client.call("GET", EGC, "/admin/media", Map.of("Cookie", egcSession), null);
        assertEquals(200, egcScreen.status());
        assertFalse(egcScreen.body().contains("mtc-only.png"), "egc's library shows none of mtc's files");
        assertEquals(302, client.call("GET", MTC, "/admin/media", Map.of("Cookie", egcSession), null).status(),
                "egc's console session is no sign-in on mtc");
        assertEquals(200, client.get(MTC, mtcFile.getString("url")).status(), "mtc's file is untouched");
    }

    private static byte[] pngClaiming(int width, int height) {
        byte[] png = MediaFixtures.png(16, 16, Color.BLACK);
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        java.nio.ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    private static void assertRefused(SiteClient.Reply reply, String expected) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(json(reply).getString("message").contains(expected), reply.body());
        assertEquals(0, json(reply).getJsonArray("files").size(), "nothing is stored");
        assertFalse(reply.body().contains("Exception"));
    }

    private JsonObject uploadOne(String host, String token, String name, byte[] content) {
        SiteClient.Reply reply = upload(host, token, Map.of(name, content), "lo");
        assertEquals(201, reply.status(), reply.body());
        return json(reply).getJsonArray("files").getJsonObject(0);
    }

    private SiteClient.Reply upload(String host, String token, Map<String, byte[]> files, String language) {
        MediaFixtures.Multipart multipart = MediaFixtures.Multipart.of(files);
        return client.callBytes("POST", host, "/api/v1/media", Map.of("Authorization", "Bearer " + token,
                "Content-Type", multipart.contentType(), "Accept-Language", language), multipart.body());
    }

    private SiteClient.Reply replace(String host, String token, long id, String name, byte[] content) {
        MediaFixtures.Multipart multipart = MediaFixtures.Multipart.of(Map.of(name, content));
        return client.callBytes("PUT", host, "/api/v1/media/" + id + "/content", Map.of("Authorization",
                "Bearer " + token, "Content-Type", multipart.contentType(), "Accept-Language", "en"), multipart.body());
    }

    private SiteClient.Reply call(String method, String host, String path, String token, String body) {
        Map<String, String> headers = new HashMap<>(Map.of("Accept-Language", "lo", "Authorization", "Bearer " + token));
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return client.call(method, host, path, headers, body);
    }

    private String token(String host, String username) {
        String site = username.substring(0, username.lastIndexOf('-'));
        SiteClient.Reply reply = client.call("POST", host, "/api/v1/auth/tokens", Map.of("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((username + ":demo-" + site + "-2026").getBytes(StandardCharsets.UTF_8))),
                null);
        assertEquals(200, reply.status(), reply.body());
        return json(reply).getString("token");
    }

    private static JsonObject json(SiteClient.Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readObject();
    }
}
