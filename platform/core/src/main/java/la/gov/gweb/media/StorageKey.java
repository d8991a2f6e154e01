package la.gov.gweb.media;

import java.util.regex.Pattern;

/**
 * The name of a file in a site's store, such as {@code media/lead-2026.jpg}: slash-separated
 * segments of letters, digits, dots, hyphens and underscores, none of them {@code .} or
 * {@code ..} or hidden, so a key can never point outside the site's folder.
 */
public record StorageKey(String value) {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,120}");

    public StorageKey {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid storage key '" + value + "'");
        }
    }

    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > 300) {
            return false;
        }
        for (String segment : value.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return false;
            }
        }
        return true;
    }

    /** True when the key lies in the given top-level folder, e.g. {@code media}. */
    public boolean isIn(String folder) {
        return value.startsWith(folder + "/");
    }

    @Override
    public String toString() {
        return value;
    }
}
