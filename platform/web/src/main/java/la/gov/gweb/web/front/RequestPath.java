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

    private static boolean plain(String raw) {
        if (raw.contains("//") || raw.contains(";") || raw.contains("\\") || raw.contains("/./")
                || raw.contains("/../") || raw.endsWith("/.") || raw.endsWith("/..")) {
            return false;
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length()) {
                return false;
            }
            String escape = raw.substring(i + 1, i + 3).toUpperCase();
            if (escape.equals("2F") || escape.equals("5C") || escape.equals("2E") || escape.equals("25")
                    || escape.equals("3B")) {
                return false;
            }
        }
        return true;
    }

    private static boolean printable(String decoded) {
        return decoded.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
