package la.gov.gweb.web.site;

import la.gov.gweb.content.ContentItem;
import la.gov.gweb.i18n.Language;

/** Where an item is read on the public site: {@code /news/slug}, {@code /about/structure}. */
public final class PublicPaths {

    private PublicPaths() {
    }

    public static String of(ContentItem item, Language language) {
        return Links.localized(language, item.sitePath());
    }
}
