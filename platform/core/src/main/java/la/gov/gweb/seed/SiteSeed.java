package la.gov.gweb.seed;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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

/** A site folder as read from disk: the site, its settings, menus and content, not yet stored. */
public record SiteSeed(Path folder, TenantDefinition tenant, Settings settings, List<Menu> mainMenu,
                       List<Menu> footerMenu, List<Item> items, List<Member> members) {

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

    /** One content item; {@code slug} is the page path for pages, files are relative to the folder. */
    public record Item(Path source, ContentType type, String slug, int order, ContentStatus status,
                       Instant publishedAt, LocalizedText title, LocalizedText summary, LocalizedText body,
                       String image, Legal legal, List<AttachmentFile> attachments) {
    }

    public record Legal(String number, LegalDocumentKind kind, LocalDate issued, LocalizedText issuer) {
    }

    public record AttachmentFile(String file, LocalizedText title) {
    }
}
