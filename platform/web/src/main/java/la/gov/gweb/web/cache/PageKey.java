package la.gov.gweb.web.cache;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import la.gov.gweb.tenant.TenantSlug;

/**
 * What identifies a rendered public page: the site, the scheme and port it was asked through (the
 * page links to itself absolutely), the path with its language prefix, and the only query
 * parameters any public page reads. Tracking parameters ({@code ?utm_source=}) are left out, so
 * they neither miss the cache nor fill it with copies.
 */
public record PageKey(TenantSlug site, String origin, String path, String query) {

    /** The parameters that change a page: list page, legal document type and year. */
    static final List<String> PAGE_PARAMETERS = List.of("page", "type", "year");

    public static PageKey of(TenantSlug site, String scheme, int port, String path, Map<String, String[]> parameters) {
        return new PageKey(site, scheme + ":" + port, path, pageQuery(parameters));
    }

    /** The parameters a public page reads, in a fixed order; the rest dropped. */
    public static String pageQuery(Map<String, String[]> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringJoiner query = new StringJoiner("&");
        for (String name : PAGE_PARAMETERS) {
            String[] values = parameters.get(name);
            if (values != null) {
                for (String value : values) {
                    query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        }
        return query.toString();
    }

    /** Roughly what the key holds in memory, for the cache's byte budget. */
    long weight() {
        return 64 + 2L * (origin.length() + path.length() + query.length());
    }
}
