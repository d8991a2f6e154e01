package la.gov.gweb.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The platform console in Chromium, on the portal host, as the central team uses it: a platform
 * admin suspends and resumes a site, creates one with a logo (a file that is no image refused),
 * rolls out the 18 provinces from a CSV file with one broken row, gives a new account a role on a
 * new site and finds it all in the audit log. Site accounts are refused there, and sessions never
 * cross between the portal and a site.
 */
class PlatformConsoleBrowserIT extends DeployedPlatform {

    static final String PORTAL = SiteClient.PORTAL;
    static final String ADMIN_PASSWORD = "it-platform-admin-2026";

    @Test
    void aPlatformAdminSuspendsAndResumesASiteRollsOutTheProvincesAndManagesAnAccount() throws Exception {
        try (Browser admin = new Browser(deployment.getPort())) {
            signIn(admin, "admin", ADMIN_PASSWORD);
            admin.waitForText("#sites\\:list", "mtc");

            admin.type("#sites\\:text", "egc");
            admin.find("#sites\\:filter").click();
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#sites\\:list"), "mtc.localhost")));
            click(admin, "#sites\\:list\\:0\\:suspend");
            admin.waitForText(".ui-messages", "ໂຈະເວັບໄຊ egc ແລ້ວ");
            assertEquals(503, client.get("egc.localhost", "/").status(), "a suspended site answers 503");
            assertFalse(client.get(PORTAL, "/").body().contains("www.egc"), "the portal leaves it out");
            click(admin, "#sites\\:list\\:0\\:resume");
            admin.waitForText(".ui-messages", "ເປີດເວັບໄຊ egc ຄືນແລ້ວ");
            assertEquals(200, client.get("egc.localhost", "/").status());

            admin.open(PORTAL, "/admin/platform/create");
            admin.type("#create\\:slug", "mtc");
            admin.type("#create\\:name-lo", "ກະຊວງການຕ່າງປະເທດ");
            admin.type("#create\\:name-en", "Ministry of Foreign Affairs");
            admin.type("#create\\:hosts", "mofa.localhost www.mofa.localhost");
            admin.type("#create\\:admin-username", "mofa-admin");
            admin.type("#create\\:admin-name", "ຜູ້ດູແລ ກະຊວງການຕ່າງປະເທດ");
            admin.find("#create\\:submit").click();
            admin.waitForText(".ui-message", "mtc");
            assertTrue(admin.driver().findElements(By.cssSelector("#created-link")).isEmpty(), "nothing was created");
            admin.type("#create\\:slug", "mofa");
            chooseLogo(admin, "not-a-logo.png", MediaFixtures.EXECUTABLE);
            click(admin, "#create\\:submit");
            admin.waitForText("#create\\:logo-message", "ບ່ອນນີ້ຮັບສະເພາະຮູບ");
            assertEquals(404, client.get("mofa.localhost", "/").status(), "a refused logo creates nothing");
            chooseLogo(admin, "mofa-emblem.png", MediaFixtures.png(120, 120, Color.GREEN));
            click(admin, "#create\\:submit");
            admin.find("#created-link");
            assertEquals(20, admin.text("#created-password").length());
            assertEquals(200, client.get("mofa.localhost", "/").status(), "the new site answers on its host at once");
            assertTrue(client.get("mofa.localhost", "/").body().contains("-mofa-emblem.png\" alt=\"\""),
                    "with the logo chosen in the form in its header");
            assertEquals(200, client.get("mofa.localhost", "/en/").status());
            admin.open(PORTAL, "/admin/platform/sites");
            admin.waitForText("#sites\\:list", "Ministry of Foreign Affairs");

            admin.open(PORTAL, "/admin/platform/rollout");
            admin.driver().findElement(By.cssSelector("#rollout\\:upload_input")).sendKeys(
                    Path.of("src/test/resources/rollout/provinces.csv").toAbsolutePath().toString());
            admin.waitForText("#preview-summary", "18");
            admin.waitForText("#rollout\\:rows", "ມີຢູ່ແລ້ວໃນແຖວ");
            click(admin, "#rollout\\:create");
            new WebDriverWait(admin.driver(), Duration.ofMinutes(4)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.cssSelector("#finished"), "ສຳເລັດແລ້ວ"));
            assertEquals("18", admin.text("#created"));
            assertEquals("1", admin.text("#failed"));
            assertTrue(admin.text("#rollout\\:results").contains("ຊື່ຫຍໍ້ \"Savannakhet\" ມີຢູ່ແລ້ວໃນແຖວ 14"),
                    admin.text("#rollout\\:results"));
            assertEquals(200, client.get("attapeu.localhost", "/").status(), "a rolled-out site answers at once");
            assertTrue(client.get(PORTAL, "/en/").body().contains("Attapeu Province"));
            String provinces = client.get(PORTAL, "/?kind=province").body();
            assertTrue(provinces.contains("ແຂວງອັດຕະປື") && !provinces.contains("ກະຊວງການຕ່າງປະເທດ"),
                    "the portal lists the provinces alone");
            assertEquals(404, client.get("savannakhet2.localhost", "/").status(), "the broken row made nothing");

            admin.open(PORTAL, "/admin/platform/accounts");
            admin.type("#accounts\\:username", "attapeu-editor");
            admin.type("#accounts\\:name", "ບັນນາທິການ ອັດຕະປື");
            admin.find("#accounts\\:create").click();
            String password = admin.text("#shown-password");
            assertEquals(20, password.length());
            admin.type("#accounts\\:text", "attapeu-editor");
            click(admin, "#accounts\\:search");
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#accounts\\:list"), "mtc-admin")));
            new Select(admin.find("#accounts\\:member-site")).selectByValue("attapeu");
            new Select(admin.find("#accounts\\:member-role")).selectByValue("EDITOR");
            click(admin, "#accounts\\:grant");
            admin.waitForText("#accounts\\:list", "attapeu: ບັນນາທິການ");
            client.consoleSession("attapeu.localhost", "attapeu-editor", password);

            new Select(admin.find("#accounts\\:member-role")).selectByValue("AUTHOR");
            click(admin, "#accounts\\:grant");
            admin.waitForText("#accounts\\:list", "attapeu: ຜູ້ຂຽນ");
            click(admin, "button[title='ເອົາອອກຈາກເວັບໄຊ: attapeu']");
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#accounts\\:list"), "attapeu: ")));

            admin.open(PORTAL, "/admin/platform/audit");
            admin.waitForText("#audit\\:events", "platform.member.revoke");
            String audit = client.call("GET", PORTAL, "/admin/platform/audit.csv",
                    Map.of("Cookie", "JSESSIONID=" + admin.cookie("JSESSIONID")), null).body();
            for (String action : List.of("site.change", "site.create", "platform.rollout", "platform.account.create",
                    "platform.member.grant", "platform.member.revoke")) {
                assertTrue(audit.contains("\"" + action + "\""), action + " in " + audit);
            }
        }
    }

    @Test
    void aSiteAdminIsRefusedAtThePlatformConsole() throws Exception {
        try (Browser browser = new Browser(deployment.getPort())) {
            browser.open(PORTAL, "/admin/login");
            browser.type("#login\\:username", "mtc-admin");
            browser.type("#login\\:password", "demo-mtc-2026");
            browser.clickAndWaitForPage("#login\\:submit");
            browser.waitForText(".ui-messages", "ບໍ່ແມ່ນຜູ້ດູແລແພລັດຟອມ");
            browser.open(PORTAL, "/admin/platform/sites");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/login"));
        }
    }

    @Test
    void sessionsNeverCrossBetweenThePortalAndASite() {
        String platform = client.consoleSession(PORTAL, "admin", ADMIN_PASSWORD);
        assertEquals(200, get(PORTAL, "/admin/platform/sites", platform).status());
        assertEquals(404, get(PORTAL, "/admin/index", platform).status(), "no site console on the portal host");
        SiteClient.Reply onSite = get("mtc.localhost", "/admin/index", platform);
        assertEquals(302, onSite.status(), "the platform session opens no site console");
        assertTrue(onSite.header("Location").orElse("").endsWith("/admin/login"));

        String site = client.consoleSession("mtc.localhost", "mtc-admin", "demo-mtc-2026");
        assertEquals(404, get("mtc.localhost", "/admin/platform/sites", site).status(), "no platform console on a site");
        SiteClient.Reply onPortal = get(PORTAL, "/admin/platform/sites", site);
        assertEquals(302, onPortal.status(), "a site session opens no platform console");
        assertTrue(onPortal.header("Location").orElse("").endsWith("/admin/login"));
        assertEquals(302, get(PORTAL, "/admin/platform/audit.csv", site).status());
        assertEquals(302, get(PORTAL, "/admin/platform/export?site=mtc", site).status());
        SiteClient.Reply archive = get(PORTAL, "/admin/platform/export?site=mtc", platform);
        assertEquals(200, archive.status());
        assertTrue(archive.header("Content-Type").orElse("").startsWith("application/zip"));
    }

    @Test
    void aSiteWhoseStoreCannotBeReadIsListedAsSuchAndHidesNoOtherSite() {
        client.fixture("POST", "/sites", Map.of("slug", "itunreadable", "host", "itunreadable.localhost"));
        client.fixture("POST", "/lose-store", Map.of("slug", "itunreadable"));
        String platform = client.consoleSession(PORTAL, "admin", ADMIN_PASSWORD);
        SiteClient.Reply sites = get(PORTAL, "/admin/platform/sites", platform);
        SiteClient.Reply portal = client.get(PORTAL, "/");
        assertAll(
                () -> assertEquals(200, sites.status()),
                () -> assertTrue(sites.body().contains("ອ່ານຂໍ້ມູນຂອງເວັບໄຊບໍ່ໄດ້"), "the broken site says so"),
                () -> assertTrue(sites.body().contains("itunreadable.localhost")),
                () -> assertTrue(sites.body().contains("mtc.localhost"), "the other sites are listed"),
                () -> assertEquals(200, portal.status(), "the public portal still answers"));
    }

    private static void chooseLogo(Browser browser, String name, byte[] content) throws IOException {
        Path file = Files.write(Path.of("target", name).toAbsolutePath(), content);
        browser.driver().findElement(By.cssSelector("#create input[type=file]")).sendKeys(file.toString());
    }

    /** Clicks what an AJAX update may have just replaced, finding it again until the click lands. */
    private static void click(Browser browser, String cssSelector) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    driver.findElement(By.cssSelector(cssSelector)).click();
                    return true;
                });
    }

    private SiteClient.Reply get(String host, String path, String cookie) {
        return client.call("GET", host, path, Map.of("Cookie", cookie), null);
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.open(PORTAL, "/admin/login");
        browser.type("#login\\:username", username);
        browser.type("#login\\:password", password);
        browser.clickAndWaitForPage("#login\\:submit");
        browser.find(".console-user");
    }
}
