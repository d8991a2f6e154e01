package la.gov.gweb.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Paths of pages in a site's tree: slugs of lower-case Latin letters, Lao letters, digits and
 * hyphens joined by slashes ({@code about/structure}, {@code ກ່ຽວກັບ/ໂຄງສ້າງ}), at most five
 * levels deep. Slugs of news, announcements and legal documents follow the same rule for one
 * segment. A segment never starts with a Lao vowel or tone mark written above or below a letter,
 * which cannot stand alone.
 */
public final class PagePath {

    private static final String LAO_BASE = "\\u0E81-\\u0EB0\\u0EB2\\u0EB3\\u0EBD\\u0EC0-\\u0EC4\\u0EC6\\u0ED0-\\u0ED9\\u0EDC-\\u0EDF";
    private static final String LAO_MARKS = "\\u0EB1\\u0EB4-\\u0EBC\\u0EC8-\\u0ECD";
    private static final String FIRST = "[a-z0-9" + LAO_BASE + "]";
    private static final String INNER = "[a-z0-9" + LAO_BASE + LAO_MARKS;
    private static final Pattern SEGMENT = Pattern.compile(FIRST + "(?:" + INNER + "-]{0,78}" + INNER + "])?");
    private static final int MAX_DEPTH = 5;

    /** First segments the platform routes itself; a page there could never be reached. */
    private static final Set<String> RESERVED = Set.of("news", "announcements", "legal", "search", "en", "lo",
            "admin", "api", "media", "files", "openapi", "feeds");

    private PagePath() {
    }

    public static boolean isValidSlug(String slug) {
        return slug != null && SEGMENT.matcher(slug).matches();
    }

    public static boolean isValid(String path) {
        if (path == null || path.isEmpty() || path.length() > 200) {
            return false;
        }
        String[] segments = path.split("/", -1);
        if (segments.length > MAX_DEPTH) {
            return false;
        }
        for (String segment : segments) {
            if (!isValidSlug(segment)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first segment of a page path belongs to the platform's own routes. */
    public static boolean isReserved(String path) {
        return path != null && RESERVED.contains(path.split("/", 2)[0]);
    }

    /** The path of the parent page, or null for a page at the top of the tree. */
    public static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }

    /** The paths from the top of the tree down to this one: {@code about}, {@code about/structure}. */
    public static List<String> ancestry(String path) {
        List<String> paths = new ArrayList<>();
        int slash = path.indexOf('/');
        while (slash >= 0) {
            paths.add(path.substring(0, slash));
            slash = path.indexOf('/', slash + 1);
        }
        paths.add(path);
        return paths;
    }
}
