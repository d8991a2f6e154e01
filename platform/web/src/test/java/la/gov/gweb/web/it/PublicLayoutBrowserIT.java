package la.gov.gweb.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The public layout in Chromium, in both themes (mtc has the standard theme, luangprabang the
 * province one): axe-core finds no WCAG 2.1 A or AA violation on any public page type; the home,
 * news and legal document pages keep their layout at phone and desktop width, with screenshots
 * left in {@code target/screenshots}; the menu opens on a phone without JavaScript; a closed site
 * and a failure answer in the site's layout, Lao first; Lao pages write dates and counts in the
 * site's digits (luangprabang has Lao digits).
 */
class PublicLayoutBrowserIT extends DeployedPlatform {

    static final String STANDARD = "mtc.localhost";
    static final String PROVINCE = "luangprabang.localhost";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Every public page type, per theme: the paths that show it on that theme's demo site. */
    static Map<String, String> pageTypes(String host) {
        boolean province = host.equals(PROVINCE);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("home (English)", "/en/");
        pages.put("news list", "/news");
        pages.put("news article", province ? "/news/pi-mai-lao-2026" : "/news/digital-id-pilot");
        pages.put("news article (English)", province ? "/en/news/pi-mai-lao-2026" : "/en/news/digital-id-pilot");
        pages.put("announcement list", "/announcements");
        pages.put("announcement", province ? "/announcements/pi-mai-2026-traffic" : "/announcements/tender-network-equipment-2026");
        pages.put("legal register", "/legal");
        pages.put("legal register, filtered", "/legal?type=decree&year=" + (province ? "2019" : "2025"));
        pages.put("legal document", province ? "/legal/decree-118-2019" : "/legal/decree-245-2025");
        pages.put("content page", province ? "/about/districts" : "/about/structure");
        pages.put("search results", "/search?q=" + (province ? "ຫຼວງພະບາງ" : "ດີຈີຕອນ"));
        pages.put("search, no results", "/search?q=qqqzzzxxx&type=legal");
        pages.put("404", "/no-such-page");
        return pages;
    }

    @Test
    void axeFindsNoWcag21AOrAaViolationOnAnyPublicPageOfEitherTheme() throws Exception {
        client.fixture("POST", "/sites", Map.of("slug", "itclosed", "host", "itclosed.localhost"));
        client.fixture("POST", "/sites", Map.of("slug", "itclosedprov", "host", "itclosedprov.localhost", "theme", "gweb-province"));
        client.fixture("POST", "/status", Map.of("slug", "itclosed", "status", "SUSPENDED"));
        client.fixture("POST", "/status", Map.of("slug", "itclosedprov", "status", "SUSPENDED"));
        client.fixture("POST", "/sites", Map.of("slug", "itbroken", "host", "itbroken.localhost"));
        client.fixture("POST", "/lose-store", Map.of("slug", "itbroken"));
        List<String> report = new ArrayList<>();
        int checked = 0;
        try (Browser browser = new Browser(deployment.getPort())) {
            for (String host : List.of(STANDARD, PROVINCE)) {
                for (Map.Entry<String, String> page : pageTypes(host).entrySet()) {
                    checked += check(browser, host, page.getValue(), host + " " + page.getKey(), report);
                }
            }
            checked += check(browser, "itclosed.localhost", "/", "503 (standard theme)", report);
            checked += check(browser, "itclosedprov.localhost", "/", "503 (province theme)", report);
            checked += check(browser, "itbroken.localhost", "/news", "500", report);
            checked += check(browser, SiteClient.PORTAL, "/", "portal home", report);
            checked += check(browser, SiteClient.PORTAL, "/search?q=ດຳລັດ", "portal search", report);
        }
        assertEquals(33, checked, "every page was checked");
        assertTrue(report.isEmpty(), () -> "axe-core found violations:\n" + String.join("\n", report));
    }

    @Test
    void aClosedSiteAndAFailureAnswerLaoThenEnglishInTheSiteLayout() {
        client.fixture("POST", "/sites", Map.of("slug", "itclosedtoo", "host", "itclosedtoo.localhost", "theme", "gweb-province"));
        client.fixture("POST", "/status", Map.of("slug", "itclosedtoo", "status", "SUSPENDED"));
        client.fixture("POST", "/sites", Map.of("slug", "itfailing", "host", "itfailing.localhost"));
        client.fixture("POST", "/lose-store", Map.of("slug", "itfailing"));
        SiteClient.Reply closed = client.get("itclosedtoo.localhost", "/en/news");
        SiteClient.Reply failed = client.get("itfailing.localhost", "/news");
        SiteClient.Reply noSite = client.get("nosuchsite.localhost", "/");
        assertAll(
                () -> assertEquals(503, closed.status()),
                () -> assertTrue(closed.header("Retry-After").isPresent()),
                () -> assertTrue(closed.body().contains("gov-banner") && closed.body().contains("province.css"), "province layout"),
                () -> assertTrue(closed.body().indexOf("ເວັບໄຊປິດຊົ່ວຄາວ") < closed.body().indexOf("Site temporarily unavailable"),
                        "Lao first, then English"),
                () -> assertTrue(closed.body().contains("ເວັບໄຊທົດສອບ itclosedtoo") && closed.body().contains("Test site itclosedtoo")),
                () -> assertEquals(500, failed.status()),
                () -> assertTrue(failed.body().contains("gov-banner") && failed.body().contains("ເວັບໄຊທົດສອບ itfailing"), "site layout"),
                () -> assertTrue(failed.body().indexOf("ເກີດຂໍ້ຜິດພາດ") < failed.body().indexOf("Something went wrong"), failed.body()),
                () -> assertTrue(!failed.body().contains("Exception") && !failed.body().contains("at la.gov"), "no stack trace"),
                () -> assertEquals("no-store", failed.header("Cache-Control").orElse("")),
                () -> assertEquals(404, noSite.status()),
                () -> assertTrue(noSite.body().indexOf("ບໍ່ມີເວັບໄຊນີ້") < noSite.body().indexOf("No such site"), noSite.body()));
    }

    @Test
    void laoPagesWriteDatesAndCountsInTheSiteDigitsAndNothingElse() {
        String laoDigits = client.get(PROVINCE, "/news/pi-mai-lao-2026").body();
        String english = client.get(PROVINCE, "/en/news/pi-mai-lao-2026").body();
        String ascii = client.get(STANDARD, "/news/digital-id-pilot").body();
        String legal = client.get(PROVINCE, "/legal/decree-118-2019").body();
        String register = client.get(PROVINCE, "/legal").body();
        assertAll(
                () -> assertTrue(laoDigits.contains("໑໖ ເມສາ ໒໐໒໖"), "Lao month and Lao digits on the Lao page"),
                () -> assertTrue(laoDigits.contains("datetime=\"2026-04-16\""), "machine-readable dates stay ISO"),
                () -> assertTrue(laoDigits.contains("+856 71 000 100"), "phone numbers stay as written"),
                () -> assertTrue(english.contains("16 April 2026"), "English pages keep ASCII digits"),
                () -> assertTrue(ascii.contains("14 ກໍລະກົດ 2026"), "a site with ASCII digits keeps them on Lao pages"),
                () -> assertTrue(legal.contains("118/ລບ") && legal.contains("໒໒ ເມສາ ໒໐໑໙"), "document numbers stay, dates follow"),
                () -> assertTrue(legal.matches("(?s).*\\((PDF|DOCX), [໐-໙.]+ (KB|MB)\\).*"), "attachment type and size, in Lao digits"),
                () -> assertTrue(register.contains("<option value=\"2019\">໒໐໑໙</option>"), "year filter shows Lao digits, sends ASCII"));
    }

    private static int check(Browser browser, String host, String path, String name, List<String> report) {
        browser.open(host, path);
        browser.find("main h1");
        List<String> violations = Axe.violations(browser.driver());
        violations.forEach(v -> report.add(name + " " + path + ": " + v));
        return 1;
    }

    @Test
    void homeNewsAndLegalPagesHoldTheirLayoutOnAPhoneAndADesktop() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        try (Browser browser = new Browser(deployment.getPort())) {
            for (String host : List.of(STANDARD, PROVINCE)) {
                Map<String, String> types = pageTypes(host);
                for (String kind : List.of("home", "news", "legal")) {
                    String path = switch (kind) {
                        case "home" -> types.get("home");
                        case "news" -> types.get("news article");
                        default -> types.get("legal document");
                    };
                    for (Viewport viewport : Viewport.values()) {
                        viewport.apply(browser);
                        browser.open(host, path);
                        browser.find("main h1");
                        String name = host.substring(0, host.indexOf('.')) + "-" + kind + "-" + viewport.name().toLowerCase();
                        assertLayoutHolds(browser, name);
                        Files.write(SCREENSHOTS.resolve(name + ".png"), fullPage(browser));
                    }
                }
            }
        }
    }

    private static void assertLayoutHolds(Browser browser, String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long scrollWidth = (Long) js.executeScript("return document.scrollingElement.scrollWidth;");
        long innerWidth = (Long) js.executeScript("return window.innerWidth;");
        boolean menuReachable = rendered(browser, ".main-nav__item > a") || rendered(browser, ".main-nav__toggle");
        assertAll(name,
                () -> assertTrue(scrollWidth <= innerWidth, name + ": no horizontal scroll (" + scrollWidth + " > " + innerWidth + ")"),
                () -> assertTrue(menuReachable, name + ": the menu or its toggle is on screen"),
                () -> assertTrue(browser.driver().findElement(By.cssSelector(".site-brand__name")).isDisplayed(), name + ": site name"),
                () -> assertTrue(browser.driver().findElement(By.cssSelector(".site-footer")).isDisplayed(), name + ": footer"));
    }

    @Test
    void onAPhoneTheMenuOpensWithoutJavaScriptAndTheBannerExplainsItself() throws Exception {
        try (Browser browser = new Browser(deployment.getPort())) {
            Viewport.DESKTOP.apply(browser);
            browser.open(STANDARD, "/");
            assertTrue(rendered(browser, ".main-nav__item > a"), "open on a desktop");
            assertTrue(!rendered(browser, ".main-nav__toggle"), "no Menu button on a desktop");

            Viewport.PHONE.apply(browser);
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            browser.open(STANDARD, "/");
            WebElement firstMenuLink = browser.driver().findElement(By.cssSelector(".main-nav__item > a"));
            assertTrue(!firstMenuLink.isDisplayed(), "folded on a phone");
            browser.find(".main-nav__toggle").click();
            assertTrue(firstMenuLink.isDisplayed(), "open after a tap on Menu");
            WebElement how = browser.driver().findElement(By.cssSelector(".gov-banner__content"));
            assertTrue(!how.isDisplayed());
            browser.find(".gov-banner__summary").click();
            assertTrue(how.isDisplayed(), "the banner says how to tell an official site");
            assertTrue(how.getText().contains(".gov.la"));
        }
    }

    /**
     * Whether the browser renders the element. Selenium's own isDisplayed() calls everything in a
     * closed details element hidden, even where the stylesheet shows it (the desktop menu).
     */
    private static boolean rendered(Browser browser, String cssSelector) {
        WebElement element = browser.driver().findElement(By.cssSelector(cssSelector));
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].checkVisibility({checkVisibilityCSS: true});", element);
    }

    private static byte[] fullPage(Browser browser) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        JavascriptExecutor js = (JavascriptExecutor) chrome;
        long width = (Long) js.executeScript("return document.documentElement.clientWidth;");
        long height = (Long) js.executeScript("return document.scrollingElement.scrollHeight;");
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** The two widths the layout must hold at: a small phone and a common laptop. */
    enum Viewport {
        PHONE(375, 812, true),
        DESKTOP(1366, 900, false);

        final int width;
        final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }

        void apply(Browser browser) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        }
    }
}
