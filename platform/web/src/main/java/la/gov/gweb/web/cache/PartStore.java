package la.gov.gweb.web.cache;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * The rendered sitewide parts of each site's layout, by part and language, for one change count
 * of the site only: a site's parts are given out to pages rendered at that count for the site as
 * the directory then knew it, and parts rendered at a later count replace them all.
 */
final class PartStore {

    private record PartKey(String part, Locale locale) {
    }

    private record SiteParts(TenantSnapshot site, long generation, Map<PartKey, String> markup) {

        boolean isFor(TenantSnapshot site, long generation) {
            return this.site == site && this.generation == generation;
        }
    }

    private final Map<TenantSlug, SiteParts> sites = new ConcurrentHashMap<>();

    /** The part's markup kept for the site at this change count, or null. */
    String get(TenantSnapshot site, long generation, String part, Locale locale) {
        SiteParts parts = sites.get(site.slug());
        return parts != null && parts.isFor(site, generation) ? parts.markup().get(new PartKey(part, locale)) : null;
    }

    /**
     * Keeps a part rendered for the site at a change count. A part of an earlier count than the
     * kept ones is dropped: it may show what has changed since.
     */
    void put(TenantSnapshot site, long generation, String part, Locale locale, String markup) {
        sites.compute(site.slug(), (slug, parts) -> {
            SiteParts current = parts == null || parts.generation() < generation
                    || parts.generation() == generation && parts.site() != site
                    ? new SiteParts(site, generation, new ConcurrentHashMap<>()) : parts;
            if (current.isFor(site, generation)) {
                current.markup().put(new PartKey(part, locale), markup);
            }
            return current;
        });
    }
}
