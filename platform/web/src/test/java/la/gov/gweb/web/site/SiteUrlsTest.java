package la.gov.gweb.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class SiteUrlsTest {

    @Test
    void laoSlugsArePercentEncodedAsUtf8AndAsciiPathsStayAsTheyAre() {
        assertEquals("/news/%E0%BA%82%E0%BB%88%E0%BA%B2%E0%BA%A7-2026", SiteUrls.encodePath("/news/ຂ່າວ-2026"));
        assertEquals("/en/about/structure", SiteUrls.encodePath("/en/about/structure"));
    }
}
