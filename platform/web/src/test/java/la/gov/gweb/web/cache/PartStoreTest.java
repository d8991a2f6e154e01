package la.gov.gweb.web.cache;

import static la.gov.gweb.web.cache.PageStoreTest.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import la.gov.gweb.tenant.TenantSnapshot;
import org.junit.jupiter.api.Test;

final class PartStoreTest {

    private static final TenantSnapshot MTC = site("mtc");
    private static final TenantSnapshot EGC = site("egc");
    private static final Locale LAO = new Locale("lo");
    private static final String NAVIGATION = "parts/navigation.xhtml @4,17";

    @Test
    void aPartIsGivenForItsSiteChangeCountAndLanguageOnly() {
        PartStore store = new PartStore();
        store.put(MTC, 3, NAVIGATION, LAO, "<nav>mtc</nav>");
        assertEquals("<nav>mtc</nav>", store.get(MTC, 3, NAVIGATION, LAO));
        assertNull(store.get(EGC, 3, NAVIGATION, LAO), "never another site's part");
        assertNull(store.get(MTC, 3, NAVIGATION, Locale.ENGLISH), "never another language's");
        assertNull(store.get(MTC, 3, "parts/footer-site.xhtml @2,17", LAO), "never another part's");
        assertNull(store.get(MTC, 4, NAVIGATION, LAO), "never after the site changed");
    }

    @Test
    void eachSiteKeepsItsOwnParts() {
        PartStore store = new PartStore();
        store.put(MTC, 1, NAVIGATION, LAO, "<nav>mtc</nav>");
        store.put(EGC, 7, NAVIGATION, LAO, "<nav>egc</nav>");
        assertEquals("<nav>mtc</nav>", store.get(MTC, 1, NAVIGATION, LAO));
        assertEquals("<nav>egc</nav>", store.get(EGC, 7, NAVIGATION, LAO));
    }

    @Test
    void aPartOfALaterChangeReplacesTheSitesPartsAndAnEarlierOneIsDropped() {
        PartStore store = new PartStore();
        store.put(MTC, 1, NAVIGATION, LAO, "<nav>old</nav>");
        store.put(MTC, 1, "footer", LAO, "<div>old</div>");
        store.put(MTC, 2, NAVIGATION, LAO, "<nav>new</nav>");
        assertEquals("<nav>new</nav>", store.get(MTC, 2, NAVIGATION, LAO));
        assertNull(store.get(MTC, 2, "footer", LAO), "the footer of before the change is gone too");
        store.put(MTC, 1, "footer", LAO, "<div>old</div>");
        assertNull(store.get(MTC, 2, "footer", LAO), "a page begun before the change keeps nothing");
        assertNull(store.get(MTC, 1, "footer", LAO));
    }

    @Test
    void aSiteWhoseCatalogEntryWasReplacedGetsNoneOfTheFormerParts() {
        PartStore store = new PartStore();
        store.put(MTC, 5, NAVIGATION, LAO, "<nav>standard theme</nav>");
        TenantSnapshot rethemed = site("mtc");
        assertNull(store.get(rethemed, 5, NAVIGATION, LAO));
        store.put(rethemed, 5, NAVIGATION, LAO, "<nav>province theme</nav>");
        assertEquals("<nav>province theme</nav>", store.get(rethemed, 5, NAVIGATION, LAO));
        assertNull(store.get(MTC, 5, NAVIGATION, LAO));
    }
}
