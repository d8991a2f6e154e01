package la.gov.gweb.web.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import la.gov.gweb.i18n.Language;

/** {@code #{consoleLanguage}}: the language the webmaster reads the console in; Lao until changed. */
@Named
@SessionScoped
public class ConsoleLanguage implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language language = Language.DEFAULT;

    public Language getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return language.locale();
    }

    public Language getOther() {
        return language.other();
    }

    public void toggle() {
        language = language.other();
    }
}
