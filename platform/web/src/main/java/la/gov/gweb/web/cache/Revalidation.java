package la.gov.gweb.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/** Whether a conditional GET may be answered with 304 Not Modified. */
public final class Revalidation {

    private Revalidation() {
    }

    /**
     * If-None-Match decides when sent (any listed tag, weak or strong, or {@code *}); If-Modified-Since
     * only without it, at its one-second precision.
     *
     * @param etags the tags the current representation answers to, quoted
     */
    public static boolean notModified(HttpServletRequest request, long modifiedMillis, String... etags) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            return Arrays.stream(match.split(","))
                    .map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals("*") || Arrays.asList(etags).contains(tag));
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && modifiedMillis / 1000 <= since / 1000;
        } catch (IllegalArgumentException malformedDate) {
            return false;
        }
    }
}
