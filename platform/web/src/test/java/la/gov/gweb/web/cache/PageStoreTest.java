package la.gov.gweb.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.tenant.TenantStatus;
import org.junit.jupiter.api.Test;

final class PageStoreTest {

    private static final TenantSnapshot MTC = site("mtc");
    private static final TenantSnapshot EGC = site("egc");

    @Test
    void keepsPagesWithinItsByteBudgetDroppingTheLeastRecentlyUsed() {
        RenderedPage page = page(MTC, 10_000);
        PageKey first = key(MTC, "/news/a");
        long each = first.weight() + page.weight();
        PageStore store = new PageStore(3 * each + 10);
        store.put(first, page);
        store.put(key(MTC, "/news/b"), page);
        store.put(key(MTC, "/news/c"), page);
        assertNotNull(store.get(first), "a read makes the first page the most recently used");
        store.put(key(MTC, "/news/d"), page);
        assertEquals(3, store.size());
        assertTrue(store.bytes() <= 3 * each + 10);
        assertNotNull(store.get(first));
        assertNull(store.get(key(MTC, "/news/b")), "the least recently used page made room");
    }

    @Test
    void refusesAPageLargerThanTheWholeBudget() {
        PageStore store = new PageStore(1_000);
        store.put(key(MTC, "/"), page(MTC, 5_000));
        assertEquals(0, store.size());
        assertEquals(0, store.bytes());
    }

    @Test
    void replacingAPageCountsItsBytesOnce() {
        PageStore store = new PageStore(1_000_000);
        PageKey key = key(MTC, "/");
        store.put(key, page(MTC, 5_000));
        long once = store.bytes();
        store.put(key, page(MTC, 5_000));
        assertEquals(once, store.bytes());
    }

    @Test
    void droppingASiteLeavesOtherSitesPagesWithTheSamePath() {
        PageStore store = new PageStore(1_000_000);
        store.put(key(MTC, "/news/a"), page(MTC, 1_000));
        store.put(key(EGC, "/news/a"), page(EGC, 1_000));
        store.dropSite(MTC.slug());
        assertNull(store.get(key(MTC, "/news/a")));
        assertNotNull(store.get(key(EGC, "/news/a")));
        assertEquals(key(EGC, "/news/a").weight() + page(EGC, 1_000).weight(), store.bytes());
    }

    @Test
    void onlyThePageParametersOfAQueryMakeADifferentPage() {
        Map<String, String[]> tracked = Map.of("page", new String[] {"2"}, "utm_source", new String[] {"x"});
        Map<String, String[]> plain = Map.of("page", new String[] {"2"});
        assertEquals(PageKey.of(MTC.slug(), "http", 80, "/news", plain),
                PageKey.of(MTC.slug(), "http", 80, "/news", tracked));
        assertEquals("type=decree&year=2025", PageKey.pageQuery(
                Map.of("year", new String[] {"2025"}, "type", new String[] {"decree"})));
        assertEquals("type=%3Cb%3E", PageKey.pageQuery(Map.of("type", new String[] {"<b>"})));
    }

    static TenantSnapshot site(String slug) {
        return new TenantSnapshot(TenantSlug.of(slug), TenantStatus.ACTIVE, "gweb-standard",
                LocalizedText.of("ເວັບ", "Site"), "gweb_site_" + slug, List.of(HostName.of(slug + ".localhost")), "agency");
    }

    static PageKey key(TenantSnapshot site, String path) {
        return PageKey.of(site.slug(), "http", 8080, path, Map.of());
    }

    static RenderedPage page(TenantSnapshot site, int size) {
        return RenderedPage.of(200, "text/html", new byte[size], true, 0, site, 0);
    }
}
