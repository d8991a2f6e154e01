package la.gov.gweb.web.site;

import la.gov.gweb.i18n.Language;

/** Public URLs per language: Lao, the default, unprefixed; other languages under their code. */
public final class Links {

    private Links() {
    }

    public static String localized(Language language, String sitePath) {
        String path = sitePath.startsWith("/") ? sitePath : "/" + sitePath;
        if (language == Language.DEFAULT) {
            return path;
        }
        return "/" + language.code() + path;
    }
}
