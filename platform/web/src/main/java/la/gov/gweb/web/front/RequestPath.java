package la.gov.gweb.web.front;

import java.util.Optional;

/**
 * The path the servlet container would give a request, when the front can be sure of it: the
 * decoded URI of a plain path. A path the container would still normalise (dot segments, double
 * slashes, path parameters, encoded slashes or dots) or would refuse (control characters) is left
 * to the container, so that the front never answers a request the container would map elsewhere.
 */
final class RequestPath {

    private RequestPath() {
    }

    /**
     * @param raw     the request URI as sent, percent-encoded
     * @param decoded the same URI decoded by the listener
     */
    static Optional<String> of(String raw, String decoded) {
        if (raw == null || decoded == null || !raw.startsWith("/") || !plain(raw) || !printable(decoded)) {
            return Optional.empty();
        }
        return Optional.of(decoded);
    }

    /** One pass over the raw path: it runs for every request that reaches the front. */
    private static boolean plain(String raw) {
        if (raw.endsWith("/.") || raw.endsWith("/..")) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ';' || c == '\\') {
                return false;
            }
            if (c == '/' && emptyOrDotSegmentFollows(raw, i + 1)) {
                return false;
            }
            if (c == '%' && !harmlessEscape(raw, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean emptyOrDotSegmentFollows(String raw, int from) {
        return raw.startsWith("/", from) || raw.startsWith("./", from) || raw.startsWith("../", from);
    }

    /** An escape of a character with no meaning in a path: not a slash, backslash, dot, percent or semicolon. */
    private static boolean harmlessEscape(String raw, int percent) {
        if (percent + 2 >= raw.length()) {
            return false;
        }
        char high = raw.charAt(percent + 1);
        char low = Character.toUpperCase(raw.charAt(percent + 2));
        return switch (high) {
            case '2' -> low != 'F' && low != 'E' && low != '5';
            case '3' -> low != 'B';
            case '5' -> low != 'C';
            default -> true;
        };
    }

    private static boolean printable(String decoded) {
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
