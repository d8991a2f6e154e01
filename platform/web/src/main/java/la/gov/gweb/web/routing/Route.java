package la.gov.gweb.web.routing;

import la.gov.gweb.content.ContentType;
import la.gov.gweb.i18n.Language;

/**
 * A public URL understood: the language, the view, the content type it lists or shows (if
 * any), the slug or page path (if any), and the same URL without its language prefix.
 */
public record Route(Language language, View view, ContentType type, String key, String sitePath) {

    public static Route notFound(Language language, String sitePath) {
        return new Route(language, View.NOT_FOUND, null, null, sitePath);
    }
}
