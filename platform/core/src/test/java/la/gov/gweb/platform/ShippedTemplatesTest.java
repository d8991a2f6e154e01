package la.gov.gweb.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.seed.SiteFolderReader;
import la.gov.gweb.seed.SiteSeed;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantDefinition;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The templates shipped in the platform: complete, bilingual, and made into a site's seed with its name. */
final class ShippedTemplatesTest {

    /** Routes every site has without a page of its own. */
    private static final Set<String> ROUTES = Set.of("/", "/news", "/legal", "/announcements", "/search");

    static Stream<String> templates() {
        return SiteTemplates.NAMES.stream();
    }

    private static SiteSeed read(String name) throws URISyntaxException {
        return SiteFolderReader.readTemplate(Path.of(ShippedTemplatesTest.class.getClassLoader()
                .getResource("templates/" + name + "/template.yaml").toURI()).getParent());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateHasTheStandardPagesInLaoAndEnglish(String name) throws URISyntaxException {
        SiteSeed template = read(name);
        List<String> paths = template.items().stream().map(SiteSeed.Item::slug).toList();
        assertTrue(paths.containsAll(List.of("about", "about/structure", "contact")), paths.toString());
        for (SiteSeed.Item page : template.items()) {
            assertEquals(ContentType.PAGE, page.type());
            assertAll(page.slug(),
                    () -> assertBoth(page.title()),
                    () -> assertBoth(page.body()),
                    () -> assertTrue(page.body().lo().contains("<p>"), "the Lao body is HTML"));
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyMenuEntryIsLabelledInBothLanguagesAndLeadsToAPageOrARoute(String name) throws URISyntaxException {
        SiteSeed template = read(name);
        assertFalse(template.mainMenu().isEmpty());
        assertFalse(template.footerMenu().isEmpty());
        Set<String> pages = new HashSet<>(ROUTES);
        template.items().forEach(page -> pages.add("/" + page.slug()));
        List<SiteSeed.Menu> entries = new ArrayList<>(template.mainMenu());
        template.mainMenu().forEach(entry -> entries.addAll(entry.children()));
        entries.addAll(template.footerMenu());
        for (SiteSeed.Menu entry : entries) {
            assertBoth(entry.label());
            assertTrue(pages.contains(entry.link()), name + ": " + entry.link() + " leads nowhere");
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aSitesSeedCarriesItsNameInsteadOfThePlaceholder(String name) throws URISyntaxException {
        TenantDefinition site = new TenantDefinition(TenantSlug.of("moh"), TenantStatus.ACTIVE, "gweb-standard",
                LocalizedText.of("ກະຊວງສາທາລະນະສຸກ", "Ministry of Health"), List.of(HostName.of("moh.gov.la")), name);
        SiteSeed seed = read(name).forSite(site);
        assertNotNull(seed.tenant());
        SiteSeed.Item about = seed.items().stream().filter(item -> item.slug().equals("about")).findFirst().orElseThrow();
        assertTrue(about.title().lo().contains("ກະຊວງສາທາລະນະສຸກ"), about.title().lo());
        assertTrue(about.title().en().contains("Ministry of Health"), about.title().en());
        for (SiteSeed.Item item : seed.items()) {
            for (LocalizedText text : List.of(item.title(), item.summary(), item.body())) {
                assertFalse((text.lo() + text.en()).contains(SiteSeed.SITE_NAME), item.slug());
            }
        }
    }

    private static void assertBoth(LocalizedText text) {
        assertTrue(text.lo() != null && !text.lo().isBlank(), "Lao text");
        assertTrue(text.en() != null && !text.en().isBlank(), "English text");
    }
}
