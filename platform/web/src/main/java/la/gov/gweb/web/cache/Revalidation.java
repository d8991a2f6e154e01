package la.gov.gweb.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.function.ToLongFunction;

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
        return notModified(request.getHeader("If-None-Match"), ifModifiedSince(request::getDateHeader), modifiedMillis,
                etags);
    }

    /**
     * @param ifNoneMatch     the header, or null
     * @param ifModifiedSince the header's date in milliseconds, or -1 when it is absent or malformed
     */
    static boolean notModified(String ifNoneMatch, long ifModifiedSince, long modifiedMillis, String... etags) {
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals("*") || Arrays.asList(etags).contains(tag));
        }
        return ifModifiedSince >= 0 && modifiedMillis / 1000 <= ifModifiedSince / 1000;
    }

    /**
     * The If-Modified-Since date, or -1: a malformed date is as good as none.
     *
     * @param dateHeader reads a date header of the servlet's or the listener's request, throwing on a
     *                   malformed date
     */
    public static long ifModifiedSince(ToLongFunction<String> dateHeader) {
        try {
            return dateHeader.applyAsLong("If-Modified-Since");
        } catch (IllegalArgumentException malformedDate) {
            return -1;
        }
    }
}
