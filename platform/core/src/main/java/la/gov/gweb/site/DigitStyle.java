package la.gov.gweb.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The digits a site's Lao pages show dates and counts in. Most Lao government sites write ASCII
 * digits, some prefer the Lao ones (໐ to ໙); English pages always use ASCII.
 */
public enum DigitStyle {
    ASCII,
    LAO;

    public static final DigitStyle DEFAULT = ASCII;

    private static final char LAO_ZERO = '\u0ED0';

    /** Rewrites the ASCII digits of a formatted date or count in this style; other characters stay. */
    public String apply(String text) {
        if (this == ASCII || text == null) {
            return text;
        }
        StringBuilder written = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            written.append(c >= '0' && c <= '9' ? (char) (LAO_ZERO + (c - '0')) : c);
        }
        return written.toString();
    }

    /** The name used in site folders, the API and forms: {@code ascii} or {@code lao}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DigitStyle> fromCode(String code) {
        return Arrays.stream(values()).filter(style -> style.code().equalsIgnoreCase(code)).findFirst();
    }
}
