package la.gov.gweb.web.cache;

import org.eclipse.microprofile.config.Config;

/**
 * The page cache's settings: {@code GWEB_PAGE_CACHE} ({@code on}, the default, or {@code off}, which
 * renders every request, for measuring) and {@code GWEB_PAGE_CACHE_MAX_BYTES}, the memory the
 * rendered pages of all sites may take together (64 MB).
 */
public record PageCacheSettings(boolean enabled, long maxBytes) {

    static PageCacheSettings from(Config config) {
        String mode = config.getOptionalValue("gweb.page-cache", String.class).orElse("on").strip();
        if (!mode.equals("on") && !mode.equals("off")) {
            throw new IllegalStateException("gweb.page-cache (GWEB_PAGE_CACHE) must be on or off, not '" + mode + "'");
        }
        long maxBytes = config.getOptionalValue("gweb.page-cache.max-bytes", Long.class).orElse(64L * 1024 * 1024);
        if (maxBytes < 0) {
            throw new IllegalStateException("gweb.page-cache.max-bytes (GWEB_PAGE_CACHE_MAX_BYTES) must not be negative");
        }
        return new PageCacheSettings(mode.equals("on"), maxBytes);
    }
}
