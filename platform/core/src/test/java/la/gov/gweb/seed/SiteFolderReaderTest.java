package la.gov.gweb.seed;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.site.BrandColour;
import la.gov.gweb.site.DigitStyle;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SiteFolderReaderTest {

    private static final String TENANT = """
            slug: demo
            status: active
            theme: gweb-standard
            hosts:
              - demo.localhost
              - www.demo.localhost
            names:
              lo: ສູນສາທິດ
              en: Demo Centre
            settings:
              phone: "+856 21 000 000"
              logo: media/logo.svg
              colour: teal
              digits: lao
              social:
                facebook: https://www.facebook.com/demo
            menus:
              main:
                - label: {lo: ໜ້າຫຼັກ, en: Home}
                  link: /
                - label: {lo: ກ່ຽວກັບ, en: About}
                  link: /about
                  children:
                    - label: {lo: ໂຄງປະກອບ, en: Structure}
                      link: /about/structure
              footer:
                - label: {lo: ຕິດຕໍ່, en: Contact}
                  link: /contact
            """;

    private static final String PAGE = """
            path: about/structure
            order: 2
            title: {lo: ໂຄງປະກອບ, en: Structure}
            body:
              lo: <p>ລາວ</p>
              en: <p>English</p>
            """;

    private static final String NEWS = """
            slug: digital-id-pilot
            date: 2026-10-05T09:00
            image: media/digital-id-pilot.jpg
            title: {lo: ບັດປະຈຳຕົວດິຈິຕອນ, en: Digital ID pilot}
            summary: {lo: ສະຫຼຸບ, en: Summary}
            body: {lo: <p>ລາວ</p>, en: <p>English</p>}
            """;

    private static final String LEGAL = """
            slug: decree-245-2025
            number: "245/ລບ"
            kind: decree
            issued: 2025-06-12
            issuer: {lo: ລັດຖະບານ, en: Government of the Lao PDR}
            title: {lo: ດຳລັດ, en: Decree}
            attachments:
              - file: attachments/decree-245-2025.pdf
                title: {lo: ສະບັບເຕັມ, en: Full text}
            """;

    @TempDir
    Path root;

    private Path site;

    @BeforeEach
    void createValidSite() throws IOException {
        site = root.resolve("demo");
        write("tenant.yaml", TENANT);
        write("content/pages/about-structure.yaml", PAGE);
        write("content/news/digital-id-pilot.yaml", NEWS);
        write("content/legal/decree-245-2025.yaml", LEGAL);
        write("media/logo.svg", "<svg/>");
        write("media/digital-id-pilot.jpg", "jpg");
        write("attachments/decree-245-2025.pdf", "%PDF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mtc", "egc"})
    void demoSiteFolderIsReadWhole(String slug) {
        Path folder = demoTenants().resolve(slug);
        assertTrue(SiteFolderReader.isSiteFolder(folder));

        SiteSeed seed = SiteFolderReader.read(folder);

        assertEquals(slug, seed.tenant().slug().value());
        assertEquals(TenantStatus.ACTIVE, seed.tenant().status());
        assertEquals(HostName.of(slug + ".localhost"), seed.tenant().hosts().get(0));
        assertNotNull(seed.tenant().names().lo());
        assertNotNull(seed.tenant().names().en());
        assertFalse(seed.mainMenu().isEmpty());
        assertFalse(seed.footerMenu().isEmpty());
        assertTrue(count(seed, ContentType.PAGE) >= 8, "pages: " + count(seed, ContentType.PAGE));
        assertEquals(12, count(seed, ContentType.NEWS));
        assertEquals(4, count(seed, ContentType.ANNOUNCEMENT));
        assertEquals(6, count(seed, ContentType.LEGAL_DOCUMENT));
        assertTrue(items(seed, ContentType.NEWS).stream().anyMatch(item -> item.status() == ContentStatus.DRAFT));
        assertAll(seed.items().stream().map(item -> () -> {
            assertNotNull(item.title().lo(), () -> item.source() + " has no Lao title");
            if (item.type() == ContentType.LEGAL_DOCUMENT) {
                assertEquals(1, item.attachments().size(), () -> item.source() + " attachments");
                assertNotNull(item.legal(), () -> item.source() + " legal details");
                assertNotNull(item.legal().issued(), () -> item.source() + " issued");
            }
            if (item.type() == ContentType.NEWS || item.type() == ContentType.ANNOUNCEMENT) {
                assertNotNull(item.publishedAt(), () -> item.source() + " date");
            }
        }));
    }

    @Test
    void folderWithoutTenantFileIsNotASiteFolder() {
        assertFalse(SiteFolderReader.isSiteFolder(root));
        assertFalse(SiteFolderReader.isSiteFolder(demoTenants()));
    }

    @Test
    void validFolderIsReadWithEveryPart() {
        SiteSeed seed = SiteFolderReader.read(site);

        assertEquals("demo", seed.tenant().slug().value());
        assertEquals(List.of(HostName.of("demo.localhost"), HostName.of("www.demo.localhost")), seed.tenant().hosts());
        assertEquals("Demo Centre", seed.tenant().names().en());
        assertEquals("media/logo.svg", seed.settings().logo());
        assertEquals("+856 21 000 000", seed.settings().phone());
        assertEquals("https://www.facebook.com/demo", seed.settings().social().get("facebook"));
        assertEquals(BrandColour.TEAL, seed.settings().colour());
        assertEquals(DigitStyle.LAO, seed.settings().digits());
        assertEquals(2, seed.mainMenu().size());
        assertEquals("/about/structure", seed.mainMenu().get(1).children().get(0).link());
        assertEquals("Contact", seed.footerMenu().get(0).label().en());
        assertEquals(3, seed.items().size());

        SiteSeed.Item page = items(seed, ContentType.PAGE).get(0);
        assertEquals("about/structure", page.slug());
        assertEquals(2, page.order());
        assertEquals(ContentStatus.PUBLISHED, page.status());

        SiteSeed.Item legal = items(seed, ContentType.LEGAL_DOCUMENT).get(0);
        assertEquals("245/ລບ", legal.legal().number());
        assertEquals(LegalDocumentKind.DECREE, legal.legal().kind());
        assertEquals(LocalDate.of(2025, 6, 12), legal.legal().issued());
        assertEquals("attachments/decree-245-2025.pdf", legal.attachments().get(0).file());
        assertEquals("Full text", legal.attachments().get(0).title().en());
    }

    @Test
    void dateAndTimeIsVientianeTime() {
        SiteSeed.Item news = items(SiteFolderReader.read(site), ContentType.NEWS).get(0);
        assertEquals(Instant.parse("2026-10-05T02:00:00Z"), news.publishedAt());
        assertEquals("media/digital-id-pilot.jpg", news.image());
    }

    @Test
    void dateWithoutTimeIsEightInTheMorningVientianeTime() throws IOException {
        write("content/news/digital-id-pilot.yaml", NEWS.replace("2026-10-05T09:00", "2026-10-05"));
        SiteSeed.Item news = items(SiteFolderReader.read(site), ContentType.NEWS).get(0);
        assertEquals(Instant.parse("2026-10-05T01:00:00Z"), news.publishedAt());
    }

    @Test
    void draftStatusIsKept() throws IOException {
        write("content/news/digital-id-pilot.yaml", "status: draft\n" + NEWS);
        assertEquals(ContentStatus.DRAFT, items(SiteFolderReader.read(site), ContentType.NEWS).get(0).status());
    }

    @Test
    void tenantWithoutNamesIsRejected() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("names:\n  lo: ສູນສາທິດ\n  en: Demo Centre\n", ""));
        assertRejected(file, "'names' needs a text in lo or en");
    }

    @Test
    void tenantWithoutEnglishNameIsRejected() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("  en: Demo Centre\n", ""));
        assertRejected(file, "needs a name in Lao and in English");
    }

    @Test
    void tenantWithoutSlugIsRejected() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("slug: demo\n", ""));
        assertRejected(file, "'slug' is required");
    }

    @Test
    void slugOtherThanTheFolderNameIsRejected() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("slug: demo", "slug: other"));
        assertRejected(file, "the slug must equal the folder name 'demo'");
    }

    @Test
    void invalidTenantSlugIsRejected() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("slug: demo", "slug: Demo_1"));
        assertRejected(file, "Invalid site slug 'Demo_1'");
    }

    @Test
    void duplicateHostIsRejected() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("www.demo.localhost", "DEMO.localhost"));
        assertRejected(file, "lists a host name twice");
    }

    @Test
    void invalidHostIsRejected() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("www.demo.localhost", "www_demo.localhost"));
        assertRejected(file, "Invalid host name 'www_demo.localhost'");
    }

    @Test
    void bugAnEmptyHostEntryWasReadAsTheHostNameNull() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("  - www.demo.localhost", "  - www.demo.localhost\n  -"));
        assertRejected(file, "'hosts' has an empty entry");
    }

    @Test
    void hostsThatAreNotAListAreRejected() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("hosts:\n  - demo.localhost\n  - www.demo.localhost", "hosts: demo.localhost"));
        assertRejected(file, "'hosts' must be a non-empty list");
    }

    @Test
    void unknownTenantStatusIsRejectedNamingTheFile() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("status: active", "status: paused"));
        assertRejected(file, "'status' must be active or suspended");
    }

    @Test
    void siteWithoutColourOrDigitsGetsTheDefaults() throws IOException {
        write("tenant.yaml", TENANT.replace("  colour: teal\n", "").replace("  digits: lao\n", ""));
        SiteSeed.Settings settings = SiteFolderReader.read(site).settings();
        assertEquals(BrandColour.DEFAULT, settings.colour());
        assertEquals(DigitStyle.DEFAULT, settings.digits());
    }

    @Test
    void colourOutsideThePaletteIsRejectedNamingThePalette() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("colour: teal", "colour: \"#ff00ff\""));
        assertRejected(file, "'colour' must be one of the G-Web palette: blue, red, green, teal, purple, maroon, brown, slate");
    }

    @Test
    void unknownDigitStyleIsRejected() throws IOException {
        Path file = write("tenant.yaml", TENANT.replace("digits: lao", "digits: thai"));
        assertRejected(file, "'digits' must be ascii or lao");
    }

    @Test
    void missingLogoIsRejected() throws IOException {
        Files.delete(site.resolve("media/logo.svg"));
        assertRejected(site.resolve("tenant.yaml"), "the file 'media/logo.svg' is missing or has an invalid name");
    }

    @Test
    void invalidYamlIsRejected() throws IOException {
        Path file = write("tenant.yaml", "slug: demo\nnames: {lo: ສູນ, en: [Demo\n");
        assertRejected(file, "cannot be read as UTF-8 YAML");
    }

    @Test
    void invalidYamlInAContentFileIsRejected() throws IOException {
        Path file = write("content/news/digital-id-pilot.yaml", NEWS + "title: {lo: again}\n");
        assertRejected(file, "cannot be read as UTF-8 YAML");
    }

    @Test
    void yamlThatIsNotAMappingIsRejected() throws IOException {
        Path file = write("content/pages/about-structure.yaml", "- just\n- a list\n");
        assertRejected(file, "expected a YAML mapping at the top");
    }

    @Test
    void unknownLegalKindIsRejected() throws IOException {
        Path file = write("content/legal/decree-245-2025.yaml", LEGAL.replace("kind: decree", "kind: regulation"));
        assertRejected(file, "'kind' must be one of law, decree, decision, instruction, notice");
    }

    @Test
    void missingAttachmentFileIsRejected() throws IOException {
        Files.delete(site.resolve("attachments/decree-245-2025.pdf"));
        assertRejected(site.resolve("content/legal/decree-245-2025.yaml"),
                "the file 'attachments/decree-245-2025.pdf' is missing or has an invalid name");
    }

    @Test
    void attachmentOutsideTheFolderIsRejectedEvenWhenItExists() throws IOException {
        Files.writeString(root.resolve("secret.pdf"), "%PDF");
        Path file = write("content/legal/decree-245-2025.yaml",
                LEGAL.replace("attachments/decree-245-2025.pdf", "../secret.pdf"));
        assertRejected(file, "the file '../secret.pdf' is missing or has an invalid name");
    }

    @Test
    void attachmentPathClimbingOutOfASubfolderIsRejected() throws IOException {
        Path file = write("content/legal/decree-245-2025.yaml",
                LEGAL.replace("attachments/decree-245-2025.pdf", "attachments/../attachments/decree-245-2025.pdf"));
        assertRejected(file, "is missing or has an invalid name");
    }

    @Test
    void missingNewsImageIsRejected() throws IOException {
        Files.delete(site.resolve("media/digital-id-pilot.jpg"));
        assertRejected(site.resolve("content/news/digital-id-pilot.yaml"),
                "the file 'media/digital-id-pilot.jpg' is missing or has an invalid name");
    }

    @Test
    void twoItemsWithTheSameSlugAreRejected() throws IOException {
        Path first = site.resolve("content/news/digital-id-pilot.yaml");
        Path second = write("content/news/z-digital-id-pilot.yaml", NEWS);
        SeedException e = assertRejected(second, "'digital-id-pilot' is also used by");
        assertTrue(e.getMessage().contains(first.toString()), e.getMessage());
    }

    @Test
    void twoPagesWithTheSamePathAreRejected() throws IOException {
        Path second = write("content/pages/z-structure.yaml", PAGE);
        assertRejected(second, "'about/structure' is also used by");
    }

    @Test
    void sameSlugInDifferentContentTypesIsAllowed() throws IOException {
        write("content/announcements/digital-id-pilot.yaml", NEWS.replace("image: media/digital-id-pilot.jpg\n", ""));
        assertEquals(4, SiteFolderReader.read(site).items().size());
    }

    @Test
    void impossibleDateIsRejected() throws IOException {
        Path file = write("content/news/digital-id-pilot.yaml", NEWS.replace("2026-10-05T09:00", "2026-13-40"));
        assertRejected(file, "'date' must be a date such as 2026-03-14 or 2026-03-14T09:30");
    }

    @Test
    void impossibleTimeIsRejected() throws IOException {
        Path file = write("content/news/digital-id-pilot.yaml", NEWS.replace("2026-10-05T09:00", "2026-10-05T25:00"));
        assertRejected(file, "'date' must be a date");
    }

    @Test
    void impossibleIssueDateIsRejected() throws IOException {
        Path file = write("content/legal/decree-245-2025.yaml", LEGAL.replace("2025-06-12", "2025-02-30"));
        assertRejected(file, "'issued' must be a date such as 2026-03-14");
    }

    @Test
    void invalidNewsSlugIsRejected() throws IOException {
        Path file = write("content/news/digital-id-pilot.yaml", NEWS.replace("slug: digital-id-pilot", "slug: Digital_ID"));
        assertRejected(file, "'Digital_ID' is not a valid slug");
    }

    @Test
    void invalidPagePathIsRejected() throws IOException {
        Path file = write("content/pages/about-structure.yaml", PAGE.replace("about/structure", "about/../etc"));
        assertRejected(file, "'about/../etc' is not a valid page path");
    }

    @Test
    void itemWithoutTitleIsRejected() throws IOException {
        Path file = write("content/news/digital-id-pilot.yaml",
                NEWS.replace("title: {lo: ບັດປະຈຳຕົວດິຈິຕອນ, en: Digital ID pilot}\n", ""));
        assertRejected(file, "'title' needs a text in lo or en");
    }

    @Test
    void unknownStatusIsRejected() throws IOException {
        Path file = write("content/news/digital-id-pilot.yaml", "status: hidden\n" + NEWS);
        assertRejected(file, "'status' must be published or draft");
    }

    @Test
    void orderThatIsNotAWholeNumberIsRejected() throws IOException {
        Path file = write("content/pages/about-structure.yaml", PAGE.replace("order: 2", "order: second"));
        assertRejected(file, "'order' must be a whole number");
    }

    @Test
    void missingTenantFileIsRejected() throws IOException {
        Files.delete(site.resolve("tenant.yaml"));
        assertRejected(site.resolve("tenant.yaml"), "cannot be read");
    }

    private SeedException assertRejected(Path file, String reason) {
        SeedException e = assertThrows(SeedException.class, () -> SiteFolderReader.read(site));
        assertTrue(e.getMessage().startsWith(file + ": "), () -> "does not name " + file + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), () -> "does not say '" + reason + "': " + e.getMessage());
        return e;
    }

    private Path write(String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static long count(SiteSeed seed, ContentType type) {
        return items(seed, type).size();
    }

    private static List<SiteSeed.Item> items(SiteSeed seed, ContentType type) {
        return seed.items().stream().filter(item -> item.type() == type).toList();
    }

    private static Path demoTenants() {
        Path tenants = Path.of("../../tenants");
        if (Files.isRegularFile(tenants.resolve("mtc/tenant.yaml"))) {
            return tenants;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("tenants/mtc/tenant.yaml"))) {
                return dir.resolve("tenants");
            }
        }
        throw new IllegalStateException("no tenants folder above " + Path.of("").toAbsolutePath());
    }
}
