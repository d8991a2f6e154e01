package la.gov.gweb.i18n;

import java.util.Locale;
import java.util.Optional;

/** A language a site is written and read in; Lao is the default of every site and of the console. */
public enum Language {
    LO("lo"),
    EN("en");

    public static final Language DEFAULT = LO;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as used in URLs ({@code /en/news}) and in {@code lang} attributes. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language to fall back to when a text is missing in this one. */
    public Language other() {
        return this == LO ? EN : LO;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
