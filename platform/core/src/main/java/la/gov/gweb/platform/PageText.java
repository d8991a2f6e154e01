package la.gov.gweb.platform;

import java.util.Objects;
import la.gov.gweb.content.TemplateOrigin;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.seed.SiteSeed;

/** The title, summary and body of a page in Lao and English, as a template gives them. */
public record PageText(LocalizedText title, LocalizedText summary, LocalizedText body) {

    public PageText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
    }

    static PageText of(SiteSeed.Item item) {
        return new PageText(item.title(), item.summary(), item.body());
    }

    /** The text with {@code {site}} replaced by a site's names, as that site's page shows it. */
    public PageText forSite(LocalizedText siteNames) {
        return new PageText(SiteSeed.withSiteName(title, siteNames), SiteSeed.withSiteName(summary, siteNames),
                SiteSeed.withSiteName(body, siteNames));
    }

    String hash() {
        return TemplateOrigin.fingerprint(title, summary, body);
    }
}
