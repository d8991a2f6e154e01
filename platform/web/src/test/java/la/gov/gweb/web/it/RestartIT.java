package la.gov.gweb.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;

/**
 * Starting the platform again on the same database migrates nothing again, re-applies no site
 * folder and keeps every site and every byte of content as it was; a platform killed right
 * after a change catches its search index up at the next start, and the page cache stands in
 * front of the started server's HTTP listener. It runs on an installation of its own, as the
 * Arquillian deployment keeps running beside it.
 */
class RestartIT {

    @Test
    void aRestartMigratesNothingAgainAndKeepsEverything() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "it-restart"));
        Path war = folder.resolve("ROOT.war");
        PlatformArchive.create().as(ZipExporter.class).exportTo(war.toFile(), true);
        Path log = folder.resolve("payara-" + System.getProperty("it.database") + ".log");
        ItInstallation installation = ItInstallation.separate("restart");
        FreshDatabase.empty(installation);

        String platformHistory;
        String siteHistory;
        String sites;
        String pageId;
        String home;
        String lastPageId;
        try (PlatformProcess first = PlatformProcess.start(war, log, installation)) {
            SiteClient client = first.client();
            client.fixture("POST", "/sites", Map.of("slug", "itrestart", "host", "itrestart.localhost"));
            pageId = client.fixture("POST", "/pages", Map.of("slug", "itrestart", "path", "kept",
                    "titleLo", TenancyIT.TRICKY_LAO, "bodyLo", "<p>" + TenancyIT.TRICKY_LAO + "</p>"));
            platformHistory = client.fixture("GET", "/history", Map.of());
            siteHistory = client.fixture("GET", "/history", Map.of("slug", "mtc"));
            sites = client.fixture("GET", "/sites", Map.of());
            home = client.get("luangprabang.localhost", "/").body();
            lastPageId = client.fixture("POST", "/pages", Map.of("slug", "itrestart",
                    "path", "published-before-the-kill", "titleLo", "ໜ້າ", "bodyLo", "<p>x</p>",
                    "titleEn", "Capybarium", "bodyEn", "<p>x</p>"));
            first.kill();
        }
        try (PlatformProcess second = PlatformProcess.start(war, log, installation)) {
            SiteClient client = second.client();
            assertFalse(platformHistory.isBlank());
            assertEquals(platformHistory, client.fixture("GET", "/history", Map.of()));
            assertEquals(siteHistory, client.fixture("GET", "/history", Map.of("slug", "mtc")));
            assertEquals(sites, client.fixture("GET", "/sites", Map.of()));
            assertArrayEquals(TenancyIT.TRICKY_LAO.getBytes(StandardCharsets.UTF_8),
                    client.fixture("GET", "/titles", Map.of("slug", "itrestart", "id", pageId))
                            .getBytes(StandardCharsets.UTF_8));
            assertEquals(home, client.get("luangprabang.localhost", "/").body());
            assertEquals("ໜ້າ", client.fixture("GET", "/titles", Map.of("slug", "itrestart", "id", lastPageId)),
                    "a change acknowledged before the kill is kept");
            // The index may be caught up by the drain before the kill or at the next start; either way it must be.
            client.awaitSearchable("itrestart.localhost", "capybarium", Duration.ofSeconds(90));
        }
        assertTrue(Files.readString(log).contains("Kept pages are sent at the HTTP listener"),
                "the page cache's front was not put before the listener; see " + log);
    }
}
