package la.gov.gweb.web.findable;

import java.time.Instant;

/**
 * One page of a site in the sitemap: its path in each language it exists in (null where it does
 * not), and when it last changed (null for lists, whose date is that of their newest item).
 */
record SitemapPage(String laoPath, String englishPath, Instant lastModified) {
}
