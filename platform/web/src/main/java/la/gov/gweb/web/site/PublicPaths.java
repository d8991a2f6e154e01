package la.gov.gweb.web.site;

import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.i18n.Language;

/** Where an item is read on the public site: {@code /news/slug}, {@code /about/structure}. */
public final class PublicPaths {

    private PublicPaths() {
    }

    public static String of(ContentItem item, Language language) {
        String sitePath = item.type() == ContentType.PAGE
                ? "/" + item.slug()
                : "/" + item.type().segment().orElseThrow() + "/" + item.slug();
        return Links.localized(language, sitePath);
    }
}
