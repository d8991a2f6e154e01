package la.gov.gweb.web.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import la.gov.gweb.indexing.OutboxDrained;
import la.gov.gweb.indexing.OutboxWritten;
import la.gov.gweb.site.SiteChanged;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The rendered public pages of every site, and when each site last changed. A committed content
 * change (the search outbox's note), a settings or menu change, and a scheduled publish or
 * unpublish whose minute has come (the indexer's drain of due entries) drop every page of that
 * site at once: the home page and lists show the latest items, so any change may touch any page.
 * A page rendered while a change committed is not kept, and a page of a site whose catalog entry
 * was replaced (theme, names, hosts) is not served. The sitewide parts of the layout are kept
 * apart, whether pages are or not, under the same change count.
 */
@ApplicationScoped
public class PageCache {

    /** A site's change count and the time of its last change, which is every page's Last-Modified. */
    private static final class SiteState {
        private long generation;
        private long lastModified;

        SiteState(long startMillis) {
            this.lastModified = startMillis;
        }
    }

    private final Clock clock = Clock.systemUTC();
    private final Map<TenantSlug, SiteState> states = new ConcurrentHashMap<>();
    private final long startMillis = clock.millis() / 1000 * 1000;
    private final PartStore parts = new PartStore();
    private PageCacheSettings settings;
    private PageStore store;

    @PostConstruct
    void configure() {
        settings = PageCacheSettings.from(ConfigProvider.getConfig(PageCache.class.getClassLoader()));
        store = new PageStore(settings.maxBytes());
    }

    public boolean isEnabled() {
        return settings.enabled();
    }

    /** The page for this key if it was rendered for the site as it is now. */
    public Optional<RenderedPage> find(PageKey key, TenantSnapshot site) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        RenderedPage page = store.get(key);
        return page != null && page.site() == site ? Optional.of(page) : Optional.empty();
    }

    /** Keeps a page unless its site changed since its rendering began. */
    public void keep(PageKey key, RenderedPage page) {
        if (!settings.enabled()) {
            return;
        }
        SiteState state = state(key.site());
        synchronized (state) {
            if (state.generation == page.generation()) {
                store.put(key, page);
            }
        }
    }

    /** A sitewide part of the layout as rendered for the site at a change count, in one language. */
    Optional<String> part(TenantSnapshot site, long generation, String part, Locale locale) {
        return Optional.ofNullable(parts.get(site, generation, part, locale));
    }

    void keepPart(TenantSnapshot site, long generation, String part, Locale locale, String markup) {
        parts.put(site, generation, part, locale, markup);
    }

    /** The change count to pass back with a page rendered from now on. */
    public long generation(TenantSlug site) {
        SiteState state = state(site);
        synchronized (state) {
            return state.generation;
        }
    }

    public long lastModified(TenantSlug site) {
        SiteState state = state(site);
        synchronized (state) {
            return state.lastModified;
        }
    }

    /**
     * Drops every page of a site. Each change moves Last-Modified to a later second than the one
     * before, so that two changes within a second never share a date a browser revalidates with.
     */
    public void invalidate(TenantSlug site) {
        SiteState state = state(site);
        synchronized (state) {
            state.generation++;
            state.lastModified = Math.max(clock.millis() / 1000 * 1000, state.lastModified + 1000);
            store.dropSite(site);
        }
    }

    void contentCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        invalidate(written.site());
    }

    void siteCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteChanged changed) {
        invalidate(changed.site());
    }

    void scheduledChangesApplied(@Observes OutboxDrained drained) {
        invalidate(drained.site());
    }

    long bytes() {
        return store.bytes();
    }

    private SiteState state(TenantSlug site) {
        return states.computeIfAbsent(site, slug -> new SiteState(startMillis));
    }
}
