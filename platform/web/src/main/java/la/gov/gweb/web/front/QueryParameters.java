package la.gov.gweb.web.front;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A query string read as the container reads a GET's parameters (UTF-8, {@code +} for a space),
 * for the page cache's key. A query the container might read differently, malformed or very long,
 * is left to it.
 */
final class QueryParameters {

    /** Far above any list or register link; longer queries are rare enough to go the long way. */
    static final int MAX_LENGTH = 2048;

    private QueryParameters() {
    }

    static Optional<Map<String, String[]>> parse(String query) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return Optional.of(parameters);
        }
        if (query.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.merge(name, new String[] {value}, QueryParameters::append);
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.of(parameters);
    }

    private static String[] append(String[] values, String[] more) {
        String[] all = new String[values.length + more.length];
        System.arraycopy(values, 0, all, 0, values.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }
}
