package la.gov.gweb.web.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import la.gov.gweb.tenant.TenantSlug;

/**
 * Rendered pages within a byte budget, least recently used dropped first. One lock: a hit holds
 * it for a map lookup only, far shorter than writing the page out.
 */
final class PageStore {

    private final long maxBytes;
    private final LinkedHashMap<PageKey, RenderedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    PageStore(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized RenderedPage get(PageKey key) {
        return pages.get(key);
    }

    /** Keeps a page unless it alone is over the budget; older pages make room for it. */
    synchronized void put(PageKey key, RenderedPage page) {
        long weight = key.weight() + page.weight();
        if (weight > maxBytes) {
            return;
        }
        RenderedPage replaced = pages.put(key, page);
        if (replaced != null) {
            bytes -= key.weight() + replaced.weight();
        }
        bytes += weight;
        Iterator<Map.Entry<PageKey, RenderedPage>> eldest = pages.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<PageKey, RenderedPage> entry = eldest.next();
            bytes -= entry.getKey().weight() + entry.getValue().weight();
            eldest.remove();
        }
    }

    synchronized void dropSite(TenantSlug site) {
        pages.entrySet().removeIf(entry -> {
            boolean ofSite = entry.getKey().site().equals(site);
            if (ofSite) {
                bytes -= entry.getKey().weight() + entry.getValue().weight();
            }
            return ofSite;
        });
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return pages.size();
    }
}
