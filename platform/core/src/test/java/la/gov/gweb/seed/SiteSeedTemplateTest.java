package la.gov.gweb.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.site.BrandColour;
import la.gov.gweb.site.DigitStyle;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantDefinition;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantStatus;
import org.junit.jupiter.api.Test;

/** A site folder laid over its template: the folder's own items and menus win. */
final class SiteSeedTemplateTest {

    private static final TenantDefinition SITE = new TenantDefinition(TenantSlug.of("moh"), TenantStatus.ACTIVE,
            "gweb-standard", LocalizedText.of("ກະຊວງ", "Ministry"), List.of(HostName.of("moh.gov.la")), "ministry");
    private static final SiteSeed.Settings SETTINGS = new SiteSeed.Settings(LocalizedText.of(null, null), null, null,
            null, Map.of(), BrandColour.DEFAULT, DigitStyle.DEFAULT);

    private static SiteSeed.Item page(String path, String title) {
        return new SiteSeed.Item(Path.of(path + ".yaml"), ContentType.PAGE, path, 0, ContentStatus.PUBLISHED, null,
                LocalizedText.of(title, title), LocalizedText.of(null, null), LocalizedText.of("<p>" + title + "</p>", null),
                null, null, List.of(), null);
    }

    private static SiteSeed.Menu menu(String link) {
        return new SiteSeed.Menu(LocalizedText.of(link, link), link, List.of());
    }

    @Test
    void theFoldersItemsReplaceTheTemplatesOfTheSamePathAndAddToThem() {
        SiteSeed template = new SiteSeed(Path.of("template"), null, SETTINGS, List.of(menu("/about")),
                List.of(menu("/contact")), List.of(page("about", "{site}"), page("contact", "Contact")), List.of());
        SiteSeed folder = new SiteSeed(Path.of("moh"), SITE, SETTINGS, List.of(), List.of(menu("/faq")),
                List.of(page("about", "Our own about"), page("faq", "FAQ")), List.of());
        SiteSeed merged = folder.over(template.forSite(SITE));
        assertEquals(List.of("about", "contact", "faq"), merged.items().stream().map(SiteSeed.Item::slug).toList());
        assertEquals("Our own about", merged.items().get(0).title().en());
        assertEquals(List.of("/about"), merged.mainMenu().stream().map(SiteSeed.Menu::link).toList(),
                "a folder without a main menu takes the template's");
        assertEquals(List.of("/faq"), merged.footerMenu().stream().map(SiteSeed.Menu::link).toList());
        assertEquals(SITE, merged.tenant());
    }

    @Test
    void thePlaceholderBecomesTheSitesNameInEachLanguage() {
        SiteSeed template = new SiteSeed(Path.of("template"), null, SETTINGS, List.of(), List.of(),
                List.of(page("about", "About {site}")), List.of());
        SiteSeed.Item about = template.forSite(SITE).items().get(0);
        assertEquals("About ກະຊວງ", about.title().lo());
        assertEquals("About Ministry", about.title().en());
        assertEquals("<p>About ກະຊວງ</p>", about.body().lo());
    }
}
