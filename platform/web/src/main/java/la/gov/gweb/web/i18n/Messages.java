package la.gov.gweb.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.refusal.Problem;

/**
 * Feedback to webmasters and API callers (refusals, failed sign-ins, confirmations) in Lao or
 * English, from the {@code feedback} bundles, shared by the console and the API.
 */
public final class Messages {

    private static final String BUNDLE = "la.gov.gweb.web.i18n.feedback";

    private Messages() {
    }

    public static String text(Language language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("unknown");
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** A problem's message; an argument that is itself a problem (a reason) is written in the same language. */
    public static String text(Language language, Problem problem) {
        return text(language, problem.key(), problem.arguments().stream()
                .map(argument -> argument instanceof Problem reason ? text(language, reason) : argument).toArray());
    }

    /** The reader's language from an Accept-Language header: English only if preferred over Lao. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            String best = Locale.lookupTag(ranges, List.of(Language.LO.code(), Language.EN.code()));
            return best == null ? Language.DEFAULT : Language.fromCode(best).orElse(Language.DEFAULT);
        } catch (IllegalArgumentException malformed) {
            return Language.DEFAULT;
        }
    }
}
