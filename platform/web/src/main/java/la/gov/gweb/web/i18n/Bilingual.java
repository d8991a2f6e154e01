package la.gov.gweb.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import la.gov.gweb.i18n.Language;

/**
 * {@code #{bilingual}}: the public site's labels in both languages at once, for the pages shown
 * before the reader's language is known (a closed site, an error): Lao first, then English.
 */
@Named("bilingual")
@ApplicationScoped
public class Bilingual {

    private static final String BUNDLE = "la.gov.gweb.web.i18n.messages";

    public ResourceBundle getLo() {
        return bundle(Language.LO);
    }

    public ResourceBundle getEn() {
        return bundle(Language.EN);
    }

    /** A label with its arguments filled in, in the language of {@code code} ({@code lo} or {@code en}). */
    public String format(String code, String key, Object argument) {
        Language language = Language.fromCode(code).orElse(Language.DEFAULT);
        return new MessageFormat(bundle(language).getString(key), language.locale()).format(new Object[] {argument});
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale());
    }
}
