package la.gov.gweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import la.gov.gweb.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

final class ContentItemVisibilityTest {

    private static final Instant NOW = Instant.parse("2026-03-14T03:00:00Z");

    private static ContentItem news() {
        return new ContentItem(ContentType.NEWS, "flood-relief", LocalizedText.of("ຂ່າວ", "News"), NOW);
    }

    @Test
    void aDraftIsNeverVisible() {
        assertFalse(news().isVisibleAt(NOW));
    }

    @Test
    void aPublishedItemIsVisibleFromItsPublishTimeUntilItsUnpublishTime() {
        ContentItem item = news();
        item.publish(NOW.plusSeconds(60));
        item.unpublishAt(NOW.plusSeconds(120));
        assertFalse(item.isVisibleAt(NOW), "before its time");
        assertTrue(item.isVisibleAt(NOW.plusSeconds(60)), "at its time");
        assertTrue(item.isVisibleAt(NOW.plusSeconds(119)));
        assertFalse(item.isVisibleAt(NOW.plusSeconds(120)), "gone at its unpublish time");
    }

    @Test
    void archivedItemsAreNotVisible() {
        ContentItem item = news();
        item.publish(NOW.minusSeconds(60));
        item.changeStatus(ContentStatus.ARCHIVED);
        assertFalse(item.isVisibleAt(NOW));
    }

    @Test
    void sitePathsFollowTheTypesSegment() {
        assertEquals("/news/flood-relief", news().sitePath());
        assertEquals("/about/structure",
                new ContentItem(ContentType.PAGE, "about/structure", LocalizedText.of("ໜ້າ", null), NOW).sitePath());
        assertEquals("/announcements/holiday",
                new ContentItem(ContentType.ANNOUNCEMENT, "holiday", LocalizedText.of("ແຈ້ງການ", null), NOW).sitePath());
    }

    @Test
    void typesAreNamedByCodeOrSegmentInAnyCase() {
        assertEquals(ContentType.ANNOUNCEMENT, ContentType.fromCode("announcement").orElseThrow());
        assertEquals(ContentType.ANNOUNCEMENT, ContentType.fromCode("Announcements").orElseThrow());
        assertEquals(ContentType.LEGAL_DOCUMENT, ContentType.fromCode(" legal ").orElseThrow());
        assertTrue(ContentType.fromCode("video").isEmpty());
        assertTrue(ContentType.fromCode(null).isEmpty());
    }
}
