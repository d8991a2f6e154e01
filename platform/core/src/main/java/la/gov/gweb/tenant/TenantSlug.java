package la.gov.gweb.tenant;

import java.util.regex.Pattern;

/**
 * The short, permanent name of a site ({@code mtc}, {@code luangprabang}): lower-case ASCII
 * letters, digits and single hyphens, 2 to 30 characters, starting with a letter. It names the
 * site's content schema and data folder, so it never changes once the site exists.
 */
public record TenantSlug(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,29}");

    public TenantSlug {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid site slug '" + value
                    + "': use 2-30 lower-case letters, digits or single hyphens, starting with a letter");
        }
    }

    public static TenantSlug of(String value) {
        return new TenantSlug(value);
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** The name of the database schema that holds this site's content, under a platform-wide prefix. */
    public String schemaName(String prefix) {
        return prefix + value.replace('-', '_');
    }

    @Override
    public String toString() {
        return value;
    }
}
