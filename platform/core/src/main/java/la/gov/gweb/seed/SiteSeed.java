package la.gov.gweb.seed;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.site.BrandColour;
import la.gov.gweb.site.DigitStyle;
import la.gov.gweb.tenant.TenantDefinition;

/**
 * A site folder (or a site template) as read from disk: the site, its settings, menus and
 * content, not yet stored. A template's seed has no site ({@code tenant} is null).
 */
public record SiteSeed(Path folder, TenantDefinition tenant, Settings settings, List<Menu> mainMenu,
                       List<Menu> footerMenu, List<Item> items, List<Member> members) {

    /** In a template's texts, where the site's name goes. */
    public static final String SITE_NAME = "{site}";

    public SiteSeed {
        mainMenu = List.copyOf(mainMenu);
        footerMenu = List.copyOf(footerMenu);
        items = List.copyOf(items);
        members = List.copyOf(members);
    }

    /** A demo account and its role on the site; created when missing, with the given password. */
    public record Member(String username, String name, SiteRole role, String password) {
    }

    /** Contact details, links and appearance; {@code logo} is a file relative to the folder, or null. */
    public record Settings(LocalizedText address, String phone, String email, String logo,
                           Map<String, String> social, BrandColour colour, DigitStyle digits) {
    }

    public record Menu(LocalizedText label, String link, List<Menu> children) {
    }

    /**
     * This seed, read from a site template, made into the seed of one site: the site's definition,
     * and {@code {site}} in every title, summary and body replaced by the site's name in that language.
     */
    public SiteSeed forSite(TenantDefinition site) {
        LocalizedText names = site.names();
        List<Item> named = items.stream().map(item -> item.withText(withSiteName(item.title(), names),
                withSiteName(item.summary(), names), withSiteName(item.body(), names), item.template())).toList();
        return new SiteSeed(folder, site, settings, mainMenu, footerMenu, named, members);
    }

    /**
     * A site folder that names a template, laid over that template's seed (already made for this
     * site): the folder's menus when it has any, its own items added to the template's or replacing
     * those of the same type and slug, and its settings and members.
     */
    public SiteSeed over(SiteSeed template) {
        Map<String, Item> merged = new LinkedHashMap<>();
        template.items.forEach(item -> merged.put(item.type() + "/" + item.slug(), item));
        items.forEach(item -> merged.put(item.type() + "/" + item.slug(), item));
        return new SiteSeed(folder, tenant, settings, mainMenu.isEmpty() ? template.mainMenu : mainMenu,
                footerMenu.isEmpty() ? template.footerMenu : footerMenu, List.copyOf(merged.values()), members);
    }

    /** A template's text with {@code {site}} replaced by the site's name in each language. */
    public static LocalizedText withSiteName(LocalizedText text, LocalizedText siteNames) {
        return LocalizedText.of(text.lo() == null ? null : text.lo().replace(SITE_NAME, siteNames.lo()),
                text.en() == null ? null : text.en().replace(SITE_NAME, siteNames.en()));
    }

    /**
     * One item; {@code slug} is the page path for pages, files are relative to the folder;
     * {@code template} is the site template page it comes from, or null.
     */
    public record Item(Path source, ContentType type, String slug, int order, ContentStatus status,
                       Instant publishedAt, LocalizedText title, LocalizedText summary, LocalizedText body,
                       String image, Legal legal, List<AttachmentFile> attachments, FromTemplate template) {

        /** The same item with other texts, coming from the given template page. */
        public Item withText(LocalizedText newTitle, LocalizedText newSummary, LocalizedText newBody,
                             FromTemplate from) {
            return new Item(source, type, slug, order, status, publishedAt, newTitle, newSummary, newBody, image,
                    legal, attachments, from);
        }
    }

    /** A site template's page at one of its revisions. */
    public record FromTemplate(String template, String path, int revision) {
    }

    public record Legal(String number, LegalDocumentKind kind, LocalDate issued, LocalizedText issuer) {
    }

    public record AttachmentFile(String file, LocalizedText title) {
    }
}
