package la.gov.gweb.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import la.gov.gweb.i18n.LocalizedDates;

/**
 * The console in Chromium, as webmasters use it: an author writes a Lao news article with an
 * image (refused until the image has a Lao description) and submits it; an editor previews and publishes it, the public sees it at once, and an
 * unpublish scheduled a minute ahead takes it off the site. In the media library an author
 * uploads several files at once and an editor replaces one behind the same address. Also:
 * sessions stay on their site, and forged or stale form posts save nothing.
 */
class ConsoleBrowserIT extends DeployedPlatform {

    static final String MTC = "mtc.localhost";
    static final String TITLE = "ລັດຖະບານເປີດນຳໃຊ້ລະບົບບໍລິການອອນລາຍໃໝ່";
    static final String ALT = "ເຈົ້າໜ້າທີ່ສາທິດລະບົບໃໝ່ໃຫ້ປະຊາຊົນ";

    @Test
    void anAuthorWritesAnEditorPublishesAndAScheduledUnpublishTakesItOff() throws Exception {
        String editUrl;
        try (Browser author = new Browser(deployment.getPort())) {
            signIn(author, "mtc-author");
            author.open(MTC, "/admin/edit?type=NEWS");
            author.type("#edit\\:slug", "online-services-launch");
            author.type("#edit\\:languages\\:titleLo", TITLE);
            author.find("#edit\\:languages\\:bodyLo .ql-editor").sendKeys("ລະບົບໃໝ່ຊ່ວຍໃຫ້ປະຊາຊົນຍື່ນຄຳຮ້ອງໄດ້ທຸກທີ່.");
            author.driver().findElement(By.cssSelector("#edit\\:upload_input"))
                    .sendKeys(Path.of("src/test/resources/fixtures/lead.jpg").toAbsolutePath().toString());
            author.find("#edit\\:image img");
            author.clickAndWaitForPage("#edit\\:save");
            author.waitForText(".ui-messages", "ກະລຸນາຂຽນຄຳອະທິບາຍຮູບເປັນພາສາລາວ");
            author.type("#edit\\:imageAltLo", ALT);
            author.clickAndWaitForPage("#edit\\:save");
            author.waitForText(".ui-messages", "ບັນທຶກແລ້ວ");
            editUrl = author.driver().getCurrentUrl();
            assertFalse(author.driver().findElements(By.cssSelector("#edit\\:publish")).iterator().hasNext(),
                    "authors have no publish button");
            author.clickAndWaitForPage("#edit\\:submit");
            author.waitForText(".console-meta", "ລໍຖ້າກວດ");
        }
        assertEquals(404, client.get(MTC, "/news/online-services-launch").status(), "submitted is not published");

        try (Browser editor = new Browser(deployment.getPort())) {
            signIn(editor, "mtc-editor");
            editor.open(MTC, "/admin/content?type=NEWS");
            editor.driver().findElement(By.linkText(TITLE)).click();
            editor.find("#edit\\:preview");
            String previewHref = editor.find("#edit\\:preview").getAttribute("href");
            editor.driver().get(previewHref);
            editor.waitForText("main h1", TITLE);
            assertTrue(editor.find("main img").getAttribute("src").contains("/media/"));
            assertEquals(ALT, editor.find("main img").getAttribute("alt"), "the Lao description is the image's alt text");
            editor.driver().navigate().back();
            editor.clickAndWaitForPage("#edit\\:publish");
            editor.waitForText(".ui-messages", "ເຜີຍແຜ່ແລ້ວ");
            SiteClient.Reply page = client.get(MTC, "/news/online-services-launch");
            assertEquals(200, page.status());
            assertTrue(page.body().contains(TITLE));

            LocalDateTime nextMinute = LocalDateTime.now(LocalizedDates.VIENTIANE).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            editor.type("#edit\\:unpublishAt_input", nextMinute.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
            editor.clickAndWaitForPage("#edit\\:save");
            editor.waitForText(".ui-messages", "ບັນທຶກແລ້ວ");
            Instant deadline = nextMinute.atZone(LocalizedDates.VIENTIANE).toInstant().plusSeconds(15);
            while (client.get(MTC, "/news/online-services-launch").status() == 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(Duration.ofSeconds(1).toMillis());
            }
            assertEquals(404, client.get(MTC, "/news/online-services-launch").status(), "gone after its unpublish minute");
        }
    }

    @Test
    void aConsoleSessionOfOneSiteIsWorthNothingOnAnother() throws Exception {
        try (Browser browser = new Browser(deployment.getPort())) {
            signIn(browser, "mtc-admin");
            String session = browser.cookie("JSESSIONID");
                SiteClient.Reply own = client.call("GET", MTC, "/admin/index", Map.of("Cookie", "JSESSIONID=" + session), null);
            SiteClient.Reply other = client.call("GET", "egc.localhost", "/admin/index",
                    Map.of("Cookie", "JSESSIONID=" + session), null);
            assertEquals(200, own.status());
            assertEquals(302, other.status(), "egc's console asks for a sign-in");
            assertTrue(other.header("Location").orElse("").endsWith("/admin/login"));
        }
    }

    @Test
    void aForgedOrStaleFormPostSavesNothingAndSaysSo() throws Exception {
        try (Browser browser = new Browser(deployment.getPort())) {
            signIn(browser, "mtc-editor");
            String session = browser.cookie("JSESSIONID");
                SiteClient.Reply forged = client.call("POST", MTC, "/admin/edit", Map.of(
                    "Cookie", "JSESSIONID=" + session,
                    "Content-Type", "application/x-www-form-urlencoded"),
                    "edit=edit&edit%3Aslug=forged&edit%3Alanguages%3AtitleLo=forged&edit%3Asave=&jakarta.faces.ViewState=stolen");
            assertTrue(forged.body().contains("ໝົດອາຍຸ"), forged.body());
            assertFalse(forged.body().contains("Exception"));
            assertEquals(404, client.get(MTC, "/news/forged").status());
        }
    }

    @Test
    void anExecutableRenamedPdfIsRefusedWithAMessage() throws Exception {
        try (Browser browser = new Browser(deployment.getPort())) {
            signIn(browser, "mtc-author");
            browser.open(MTC, "/admin/edit?type=NEWS");
            browser.driver().findElement(By.cssSelector("#edit\\:upload_input"))
                    .sendKeys(Path.of("src/test/resources/fixtures/program.pdf").toAbsolutePath().toString());
            browser.waitForText(".ui-messages", "ບໍ່ຮັບໄຟລ໌ປະເພດນີ້");
        }
    }

    @Test
    void anAuthorUploadsSeveralFilesAtOnceAndAnEditorReplacesOneBehindTheSameAddress() throws Exception {
        Path blue = MediaFixtures.file("sky-blue.png", MediaFixtures.png(1200, 600, java.awt.Color.BLUE));
        Path green = MediaFixtures.file("sky-green.png", MediaFixtures.png(900, 450, java.awt.Color.GREEN));
        try (Browser author = new Browser(deployment.getPort())) {
            signIn(author, "mtc-author");
            author.open(MTC, "/admin/media");
            author.driver().findElement(By.cssSelector("#media\\:upload_input")).sendKeys(String.join("\n",
                    blue.toString(),
                    Path.of("src/test/resources/fixtures/lead.jpg").toAbsolutePath().toString(),
                    Path.of("src/test/resources/fixtures/program.pdf").toAbsolutePath().toString()));
            author.waitForText("#media\\:results", "program.pdf: ບໍ່ຮັບໄຟລ໌ປະເພດນີ້");
            author.waitForText("#media\\:results", "ອັບໂຫຼດ sky-blue.png ແລ້ວ");
            author.waitForText("#media\\:results", "ອັບໂຫຼດ lead.jpg ແລ້ວ");
            author.waitForText("#media\\:files", "sky-blue.png");

            Path large = MediaFixtures.file("large.pdf", new byte[3_000_000]);
            author.driver().findElement(By.cssSelector("#media\\:upload_input")).sendKeys(large.toString());
            author.waitForText(".media-early-refusals", "ໄຟລ໌ large.pdf: ໄຟລ໌ໃຫຍ່ເກີນໄປ");
            ((org.openqa.selenium.JavascriptExecutor) author.driver())
                    .executeScript("window.gwebUploadSize = function (file, send) { send(file); };");
            author.driver().findElement(By.cssSelector("#media\\:upload_input")).sendKeys(large.toString());
            new org.openqa.selenium.support.ui.WebDriverWait(author.driver(), Duration.ofSeconds(20)).until(d ->
                    d.findElements(By.cssSelector(".media-early-refusals li")).size() == 2);
            assertTrue(author.text(".media-early-refusals").contains("ໄຟລ໌ໃຫຍ່ເກີນໄປ: ບໍ່ເກີນ 1 MB."),
                    "sent anyway, the server refuses it before reading it, with the same message");
            assertTrue(author.driver().findElements(By.cssSelector("[id$=':delete']")).isEmpty(), "authors do not delete");
        }
        try (Browser editor = new Browser(deployment.getPort())) {
            signIn(editor, "mtc-editor");
            editor.open(MTC, "/admin/media");
            editor.type("#media\\:search", "sky-blue");
            new org.openqa.selenium.support.ui.WebDriverWait(editor.driver(), Duration.ofSeconds(20)).until(d ->
                    d.findElements(By.cssSelector("#media\\:files_data > tr")).size() == 1);
            editor.find("#media\\:files\\:0\\:edit").click();
            editor.waitForText("#details", "sky-blue.png");
            String address = editor.find("#details\\:url").getAttribute("value");
            String path = java.net.URI.create(address).getPath();
            byte[] before = client.get(MTC, path).bytes();
            assertEquals(java.awt.Color.BLUE, MediaFixtures.colorOf(before));
            editor.driver().findElement(By.cssSelector("#details\\:replace_input")).sendKeys(green.toString());
            editor.waitForText(".ui-messages", "ແທນ sky-green.png ແລ້ວ");
            assertEquals(address, editor.find("#details\\:url").getAttribute("value"), "the address stays");
            assertArrayEquals(java.nio.file.Files.readAllBytes(green), client.get(MTC, path).bytes(),
                    "the public address serves the new file at once");
        }
    }

    @Test
    void aSiteAdminChangesTheMenuAndOthersCannot() throws Exception {
        String newEntry = "<a href=\"/support\">ຊ່ວຍເຫຼືອ</a>";
        assertFalse(client.get("egc.localhost", "/news").body().contains(newEntry));
        try (Browser admin = new Browser(deployment.getPort())) {
            signIn(admin, "egc-admin");
            admin.open("egc.localhost", "/admin/menus");
            admin.clickAndWaitForRows("#menus\\:add");
            int last = admin.driver().findElements(By.cssSelector("#menus\\:rows_data > tr")).size() - 1;
            admin.type("#menus\\:rows\\:" + last + "\\:labelLo", "ຊ່ວຍເຫຼືອ");
            admin.type("#menus\\:rows\\:" + last + "\\:labelEn", "Help");
            admin.type("#menus\\:rows\\:" + last + "\\:link", "javascript:alert(1)");
            admin.clickAndWaitForPage("#menus\\:save");
            admin.waitForText(".ui-messages", "ລິ້ງຕ້ອງເປັນເສັ້ນທາງໃນເວັບໄຊ");
            admin.type("#menus\\:rows\\:" + last + "\\:link", "/support");
            admin.clickAndWaitForPage("#menus\\:save");
            admin.waitForText(".ui-messages", "ບັນທຶກແລ້ວ");
        }
        assertTrue(client.get("egc.localhost", "/").body().contains(newEntry));
        assertTrue(client.get("egc.localhost", "/news").body().contains(newEntry),
                "a page whose navigation was rendered before the change shows the new menu");
        try (Browser editor = new Browser(deployment.getPort())) {
            signIn(editor, "egc-editor");
            editor.open("egc.localhost", "/admin/menus");
            editor.waitForText(".ui-messages", "ທ່ານບໍ່ມີສິດ");
            assertTrue(editor.driver().getCurrentUrl().endsWith("/admin/index"));
        }
    }

    @Test
    void aSiteAdminChoosesTheSiteColourFromThePaletteAndLaoDigits() throws Exception {
        assertFalse(client.get("egc.localhost", "/news").body().contains("--brand: #7B1E2B"));
        try (Browser admin = new Browser(deployment.getPort())) {
            signIn(admin, "egc-admin");
            admin.open("egc.localhost", "/admin/settings");
            admin.choose("#settings\\:colour", "#7B1E2B");
            admin.choose("#settings\\:digits", "໐໑໒໓");
            admin.clickAndWaitForPage("#settings\\:save");
            admin.waitForText(".ui-messages", "ບັນທຶກແລ້ວ");
            admin.open("egc.localhost", "/admin/settings");
            assertEquals("ສີແດງເຂັ້ມ (#7B1E2B)", admin.text("#settings\\:colour_label"));
            assertEquals("ຕົວເລກລາວ (໐໑໒໓)", admin.text("#settings\\:digits_label"));
        }
        assertTrue(client.get("egc.localhost", "/news").body().contains("--brand: #7B1E2B"),
                "the public pages take the new colour at once");
    }

    @Test
    void aSiteAdminAddsAMemberWhoThenWorksOnThatSiteOnly() throws Exception {
        try (Browser admin = new Browser(deployment.getPort())) {
            signIn(admin, "luangprabang-admin");
            admin.open("luangprabang.localhost", "/admin/members");
            admin.type("#members\\:username", "lpb-writer");
            admin.type("#members\\:name", "ນາງ ສົມພອນ");
            admin.type("#members\\:password", "short");
            admin.find("#members\\:add").click();
            admin.waitForText(".ui-messages", "ຢ່າງໜ້ອຍ 10 ຕົວອັກສອນ");
            admin.type("#members\\:password", "writer-password-2026");
            admin.find("#members\\:add").click();
            admin.waitForText("#members\\:list", "lpb-writer");
        }
        SiteClient.Reply own = client.call("POST", "luangprabang.localhost", "/api/v1/auth/tokens", Map.of("Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("lpb-writer:writer-password-2026".getBytes())), null);
        SiteClient.Reply other = client.call("POST", MTC, "/api/v1/auth/tokens", Map.of("Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("lpb-writer:writer-password-2026".getBytes())), null);
        assertEquals(200, own.status(), own.body());
        assertEquals(401, other.status(), "a member of one site is nobody on another");
    }

    @Test
    void aSiteAdminRebuildsTheSearchIndexWatchingItsProgressAndAnEditorCannot() throws Exception {
        try (Browser admin = new Browser(deployment.getPort())) {
            signIn(admin, "mtc-admin");
            admin.open(MTC, "/admin/search");
            admin.clickWhenEnabled("#index\\:rebuild");
            admin.waitForText(".ui-messages", "ກຳລັງສ້າງດັດຊະນີຄືນໃໝ່");
            admin.waitForText("#rebuild-state", "ສຳເລັດ");
            assertTrue(Integer.parseInt(admin.text("#documents")) >= 20, "the demo site's published items");
        }
        assertTrue(client.get(MTC, "/api/v1/search?q=G-Web").json().getInt("total") > 0, "searches go on");
        try (Browser editor = new Browser(deployment.getPort())) {
            signIn(editor, "mtc-editor");
            editor.open(MTC, "/admin/search");
            editor.waitForText(".ui-messages", "ທ່ານບໍ່ມີສິດ");
        }
    }

    private static void signIn(Browser browser, String username) {
        String site = username.substring(0, username.lastIndexOf('-'));
        browser.open(site + ".localhost", "/admin/login");
        browser.type("#login\\:username", username);
        browser.type("#login\\:password", "demo-" + site + "-2026");
        browser.clickAndWaitForPage("#login\\:submit");
        browser.find(".console-user");
    }
}
