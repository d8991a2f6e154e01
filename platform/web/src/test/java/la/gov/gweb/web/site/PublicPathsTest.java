package la.gov.gweb.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.i18n.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PublicPathsTest {

    private static ContentItem item(ContentType type, String slug) {
        return new ContentItem(type, slug, LocalizedText.of("ຫົວຂໍ້", "Title"), Instant.parse("2026-03-14T02:30:00Z"));
    }

    @ParameterizedTest
    @CsvSource({
            "PAGE, about, /about, /en/about",
            "PAGE, about/structure, /about/structure, /en/about/structure",
            "NEWS, flood-relief-2026, /news/flood-relief-2026, /en/news/flood-relief-2026",
            "ANNOUNCEMENT, exam-results, /announcements/exam-results, /en/announcements/exam-results",
            "LEGAL_DOCUMENT, decree-12-2026, /legal/decree-12-2026, /en/legal/decree-12-2026"})
    void itemsAreReadAtTheirTypeSegmentAndSlug(ContentType type, String slug, String lao, String english) {
        ContentItem item = item(type, slug);
        assertEquals(lao, PublicPaths.of(item, Language.LO));
        assertEquals(english, PublicPaths.of(item, Language.EN));
    }

    @Test
    void aMovedPageIsReadAtItsNewPath() {
        ContentItem page = item(ContentType.PAGE, "about");
        page.moveTo("ministry/about");
        assertEquals("/ministry/about", PublicPaths.of(page, Language.LO));
        assertEquals("/en/ministry/about", PublicPaths.of(page, Language.EN));
    }
}
