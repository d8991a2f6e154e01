package la.gov.gweb.web.site;

import java.time.ZoneId;
import la.gov.gweb.i18n.Language;

/** Public URLs per language: Lao, the default, unprefixed; other languages under their code. */
public final class Links {

    /** The time zone in which dates are shown on every site. */
    public static final ZoneId VIENTIANE = ZoneId.of("Asia/Vientiane");

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
