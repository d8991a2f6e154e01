package la.gov.gweb.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One deployment, many sites: each host reaches exactly its own site and store, unknown and
 * malformed hosts reach none, a suspended site answers 503, and text survives byte for byte.
 */
class TenancyIT extends DeployedPlatform {

    /** Lao with every spelling trap of LAO.md: ligatures and their two-letter forms, ໍ+າ, ZWSP, Lao digits. */
    static final String TRICKY_LAO = "ໜ້າ ຫນ້າ ນ້ຳ ນໍ້າ ນ້ໍາ ກິ່ນ ກ່ິນ ຫຼວງ ຫລວງ ປີ໒໐໒໕ ປີ2025 ສຳ\u200Bລັບ ເຂົ້າ ໝູ ຫມູ 😀";

    @Test
    void eachDemoSiteServesItsOwnHomePageInLao() {
        SiteClient.Reply mtc = client.get("mtc.localhost", "/");
        SiteClient.Reply egc = client.get("egc.localhost", "/");
        assertAll(
                () -> assertEquals(200, mtc.status()),
                () -> assertTrue(mtc.body().contains("ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ")),
                () -> assertTrue(mtc.body().contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"lo\"")),
                () -> assertFalse(mtc.body().contains("ສູນລັດຖະບານເອເລັກໂຕຣນິກ")),
                () -> assertEquals(200, egc.status()),
                () -> assertTrue(egc.body().contains("ສູນລັດຖະບານເອເລັກໂຕຣນິກ")),
                () -> assertFalse(egc.body().contains("ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ")));
    }

    @Test
    void aliasesCaseAndPortsReachTheSameSite() {
        for (String host : List.of("www.mtc.localhost", "MTC.LOCALHOST", "mtc.localhost:8080", "mtc.localhost.")) {
            SiteClient.Reply response = client.get(host, "/");
            assertEquals(200, response.status(), host);
            assertTrue(response.body().contains("ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ"), host);
        }
    }

    @Test
    void unknownHostGetsAPlainNoSuchSitePage() {
        SiteClient.Reply response = client.get("nosuch.localhost", "/");
        assertEquals(404, response.status());
        assertTrue(response.body().contains("No such site"));
        assertFalse(response.body().contains("ກະຊວງ"));
    }

    @Test
    void malformedHostsGetBadRequest() {
        for (String host : List.of("bad_host", "mtc.localhost:99999", "-mtc.localhost", "mtc..localhost")) {
            SiteClient.Reply response = client.get(host, "/");
            assertEquals(400, response.status(), host);
            assertNoInternals(response);
        }
    }

    @Test
    void suspendedSiteAnswers503UntilResumed() {
        client.fixture("POST", "/sites", Map.of("slug", "itsuspended", "host", "itsuspended.localhost"));
        client.fixture("POST", "/status", Map.of("slug", "itsuspended", "status", "SUSPENDED"));
        SiteClient.Reply suspended = client.get("itsuspended.localhost", "/");
        client.fixture("POST", "/status", Map.of("slug", "itsuspended", "status", "ACTIVE"));
        SiteClient.Reply resumed = client.get("itsuspended.localhost", "/");
        assertAll(
                () -> assertEquals(503, suspended.status()),
                () -> assertTrue(suspended.header("Retry-After").isPresent()),
                () -> assertTrue(suspended.body().contains("temporarily unavailable")),
                () -> assertEquals(200, resumed.status()));
    }

    @Test
    void twoStoresWithTheSameIdsEachShowOnlyTheirOwnContent() {
        client.fixture("POST", "/sites", Map.of("slug", "itisoa", "host", "itisoa.localhost"));
        client.fixture("POST", "/sites", Map.of("slug", "itisob", "host", "itisob.localhost"));
        String idA = client.fixture("POST", "/pages", Map.of("slug", "itisoa", "path", "probe", "titleLo", "ໜ້າຂອງ A",
                "bodyLo", "<p>ເນື້ອໃນ A</p>"));
        String idB = client.fixture("POST", "/pages", Map.of("slug", "itisob", "path", "probe", "titleLo", "ໜ້າຂອງ B",
                "bodyLo", "<p>ເນື້ອໃນ B</p>"));
        assertEquals(idA, idB, "both stores number their items alike");
        assertEquals("ໜ້າຂອງ A", client.fixture("GET", "/titles", Map.of("slug", "itisoa", "id", idA)));
        assertEquals("ໜ້າຂອງ B", client.fixture("GET", "/titles", Map.of("slug", "itisob", "id", idB)));
        SiteClient.Reply pageA = client.get("itisoa.localhost", "/probe");
        SiteClient.Reply pageB = client.get("itisob.localhost", "/probe");
        assertAll(
                () -> assertTrue(pageA.body().contains("ເນື້ອໃນ A") && !pageA.body().contains("ເນື້ອໃນ B")),
                () -> assertTrue(pageB.body().contains("ເນື້ອໃນ B") && !pageB.body().contains("ເນື້ອໃນ A")));
    }

    @Test
    void oneSitesItemsAndFilesAreNotFoundOnAnotherSitesHost() {
        assertEquals(200, client.get("egc.localhost", "/news/gov-email-migration-complete").status());
        assertEquals(404, client.get("mtc.localhost", "/news/gov-email-migration-complete").status());
        assertEquals(200, client.get("mtc.localhost", "/news/digital-id-pilot").status());
        assertEquals(404, client.get("egc.localhost", "/news/digital-id-pilot").status());
        for (int id = 1; id <= 6; id++) {
            byte[] mtcFile = client.get("mtc.localhost", "/files/" + id + "/f").bytes();
            byte[] egcFile = client.get("egc.localhost", "/files/" + id + "/f").bytes();
            assertFalse(java.util.Arrays.equals(mtcFile, egcFile), "attachment " + id + " differs per site");
            assertTrue(SiteFolders.containsFile("mtc", mtcFile), "mtc attachment " + id + " is one of mtc's own files");
            assertTrue(SiteFolders.containsFile("egc", egcFile), "egc attachment " + id + " is one of egc's own files");
        }
    }

    @Test
    void laoTextRoundTripsByteForByte() {
        client.fixture("POST", "/sites", Map.of("slug", "itlao", "host", "itlao.localhost"));
        String id = client.fixture("POST", "/pages", Map.of("slug", "itlao", "path", "lao-probe",
                "titleLo", TRICKY_LAO, "bodyLo", "<p>" + TRICKY_LAO + "</p>"));
        String stored = client.fixture("GET", "/titles", Map.of("slug", "itlao", "id", id));
        assertArrayEquals(TRICKY_LAO.getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8));
        SiteClient.Reply page = client.get("itlao.localhost", "/lao-probe");
        assertTrue(page.body().contains("<h1 lang=\"lo\">" + TRICKY_LAO + "</h1>"), page.body());
    }

    @Test
    void draftsAreNeverShown() {
        assertEquals(404, client.get("mtc.localhost", "/news/national-data-centre-phase-2").status());
        assertFalse(client.get("mtc.localhost", "/news").body().contains("national-data-centre-phase-2"));
    }

    @Test
    void publicPagesSetNoCookieAndKeepNoViewState() {
        for (String path : List.of("/", "/en/", "/news", "/news/digital-id-pilot", "/legal", "/about", "/no/such/page")) {
            SiteClient.Reply response = client.get("mtc.localhost", path);
            assertTrue(response.headers("Set-Cookie").isEmpty(), path);
            assertFalse(response.body().contains("jakarta.faces.ViewState"), path);
        }
    }

    @Test
    void migratingAnUpToDateSiteAppliesNothing() {
        assertEquals("0", client.fixture("GET", "/migrate", Map.of("slug", "mtc")));
    }

    @Test
    void badPathsGetTheSitesNotFoundPageWithoutInternals() {
        for (String path : List.of("/fr/news", "/news/UPPER", "/news?page=abc", "/news?page=0", "/legal?type=bogus",
                "/legal?year=99999", "/WEB-INF/web.xml", "/views/home.xhtml", "/files/abc/x.pdf", "/files/99999/x.pdf",
                "/media/../tenant.yaml", "/a/b/c/d/e/f/g")) {
            SiteClient.Reply response = client.get("mtc.localhost", path);
            assertEquals(404, response.status(), path);
            assertNoInternals(response);
        }
        SiteClient.Reply encoded = client.get("mtc.localhost", "/..%2f..%2fetc%2fpasswd");
        assertTrue(encoded.status() == 400 || encoded.status() == 404, "encoded slashes: " + encoded.status());
        assertNoInternals(encoded);
    }

    static void assertNoInternals(SiteClient.Reply response) {
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("la.gov.gweb"), response.body());
    }
}
