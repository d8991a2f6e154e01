package la.gov.gweb.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The G-Web palette: the only colours a site may brand its header with, so that every site looks
 * like part of one government. Each carries white text at a contrast of at least 4.5:1 (WCAG AA).
 */
public enum BrandColour {
    BLUE("#002868"),
    RED("#CE1126"),
    GREEN("#1B5E20"),
    TEAL("#00695C"),
    PURPLE("#5B2C83"),
    MAROON("#7B1E2B"),
    BROWN("#6D4C41"),
    SLATE("#334155");

    /** The colour of a site that has not chosen one: the blue of the national flag. */
    public static final BrandColour DEFAULT = BLUE;

    private final String hex;

    BrandColour(String hex) {
        this.hex = hex;
    }

    /** The colour as CSS writes it, {@code #RRGGBB}. */
    public String hex() {
        return hex;
    }

    /** The name used in site folders, the API and forms: {@code blue}, {@code red}... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BrandColour> fromCode(String code) {
        return Arrays.stream(values()).filter(colour -> colour.code().equalsIgnoreCase(code)).findFirst();
    }
}
