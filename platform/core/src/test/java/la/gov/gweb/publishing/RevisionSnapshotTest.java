package la.gov.gweb.publishing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.LegalDetails;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

final class RevisionSnapshotTest {

    private static final Instant NOW = Instant.parse("2026-03-14T02:30:00Z");
    private static final Instant UNPUBLISH = Instant.parse("2027-03-13T17:00:00Z");
    private static final String LAO_TITLE = "ດຳລັດ ວ່າດ້ວຍ\u200Bການປົກປ້ອງຂໍ້ມູນ\u0EC8\u0EC9";
    private static final String LAO_BODY = "<p lang=\"lo\">ມາດຕາ 1\n\tຈຸດປະສົງ \"ອ້າງອີງ\" \\ 'ກົດໝາຍ'</p>";
    private static final LocalizedText ISSUER = LocalizedText.of("ສຳນັກງານນາຍົກລັດຖະມົນຕີ", null);

    private static ContentItem decree() {
        ContentItem item = new ContentItem(ContentType.LEGAL_DOCUMENT, "decree-12-2026",
                LocalizedText.of(LAO_TITLE, null), NOW);
        item.writeText(LocalizedText.of(LAO_TITLE, null), LocalizedText.of("ສະຫຼຸບ", "Summary"),
                LocalizedText.of(LAO_BODY, "<p>Article 1</p>"), NOW);
        item.describeLegalDocument(new LegalDetails("12/ລບ", LegalDocumentKind.DECREE, LocalDate.of(2026, 3, 14),
                ISSUER));
        item.showLeadImage("media/decree-12.jpg");
        item.placeAmongSiblings(3);
        item.unpublishAt(UNPUBLISH);
        return item;
    }

    @Test
    void fieldsComeInAFixedOrderWithMissingValuesAsNull() {
        RevisionSnapshot snapshot = RevisionSnapshot.of(decree());
        assertEquals(List.of("slug", "title.lo", "title.en", "summary.lo", "summary.en", "body.lo", "body.en",
                        "leadImage", "legal.number", "legal.kind", "legal.issued", "legal.issuer.lo",
                        "legal.issuer.en", "publishedAt", "unpublishAt"),
                List.copyOf(snapshot.fields().keySet()));
        Map<String, String> fields = snapshot.fields();
        assertNull(fields.get("title.en"));
        assertNull(fields.get("legal.issuer.en"));
        assertNull(fields.get("publishedAt"));
        assertEquals("decree", fields.get("legal.kind"));
        assertEquals("2026-03-14", fields.get("legal.issued"));
        assertEquals("2027-03-13T17:00:00Z", fields.get("unpublishAt"));
    }

    @Test
    void itemsWithoutLegalDetailsHaveNoLegalFields() {
        ContentItem news = new ContentItem(ContentType.NEWS, "flood-relief", LocalizedText.of("ຂ່າວ", "News"), NOW);
        news.publish(NOW);
        RevisionSnapshot snapshot = RevisionSnapshot.of(news);
        assertTrue(snapshot.fields().keySet().stream().noneMatch(name -> name.startsWith("legal.")));
        assertEquals("2026-03-14T02:30:00Z", snapshot.fields().get("publishedAt"));
        assertNull(snapshot.fields().get("summary.lo"));
    }

    @Test
    void jsonRoundTripKeepsNullsOrderAndLaoTextExactly() {
        RevisionSnapshot snapshot = RevisionSnapshot.of(decree());
        RevisionSnapshot restored = RevisionSnapshot.fromJson(snapshot.toJson());

        assertEquals(snapshot, restored);
        assertEquals(List.copyOf(snapshot.fields().keySet()), List.copyOf(restored.fields().keySet()));
        assertTrue(restored.fields().containsKey("title.en"));
        assertNull(restored.fields().get("title.en"));
        assertArrayEquals(LAO_TITLE.getBytes(StandardCharsets.UTF_8),
                restored.fields().get("title.lo").getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(LAO_BODY.getBytes(StandardCharsets.UTF_8),
                restored.fields().get("body.lo").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonWritesNullsExplicitly() {
        String json = RevisionSnapshot.of(decree()).toJson();
        assertTrue(json.contains("\"title.en\":null"), json);
        assertTrue(json.contains("\"publishedAt\":null"), json);
    }

    @Test
    void toDraftRebuildsALegalDocumentDraft() {
        ContentItem item = decree();
        ContentDraft draft = RevisionSnapshot.fromJson(RevisionSnapshot.of(item).toJson()).toDraft(item);

        assertEquals(new ContentDraft(ContentType.LEGAL_DOCUMENT, "decree-12-2026", 3,
                LocalizedText.of(LAO_TITLE, null), LocalizedText.of("ສະຫຼຸບ", "Summary"),
                LocalizedText.of(LAO_BODY, "<p>Article 1</p>"), "media/decree-12.jpg", "12/ລບ",
                LegalDocumentKind.DECREE, LocalDate.of(2026, 3, 14), ISSUER, UNPUBLISH), draft);
        assertEquals(List.of(), DraftValidator.problems(draft));
    }

    @Test
    void toDraftRestoresTheSnapshotNotTheCurrentItem() {
        ContentItem item = decree();
        RevisionSnapshot before = RevisionSnapshot.of(item);
        item.writeText(LocalizedText.of("ໃໝ່", "New"), LocalizedText.of(null, null), LocalizedText.of(null, null),
                NOW);
        item.moveTo("decree-13-2026");
        item.unpublishAt(null);

        ContentDraft draft = before.toDraft(item);
        assertEquals("decree-12-2026", draft.slug());
        assertEquals(LocalizedText.of(LAO_TITLE, null), draft.title());
        assertEquals(UNPUBLISH, draft.unpublishAt());
    }

    @Test
    void fieldsMissingFromOldSnapshotsBecomeEmpty() {
        ContentItem news = new ContentItem(ContentType.NEWS, "flood-relief", LocalizedText.of("ຂ່າວ", null), NOW);
        ContentDraft draft = RevisionSnapshot.fromJson("{\"slug\":\"flood-relief\",\"title.lo\":\"ຂ່າວເກົ່າ\"}")
                .toDraft(news);

        assertEquals(new ContentDraft(ContentType.NEWS, "flood-relief", 0, LocalizedText.of("ຂ່າວເກົ່າ", null),
                LocalizedText.of(null, null), LocalizedText.of(null, null), null, null, null, null,
                LocalizedText.of(null, null), null), draft);
    }

    @Test
    void fieldsAreACopyThatCannotBeChanged() {
        Map<String, String> source = new HashMap<>();
        source.put("slug", "flood-relief");
        RevisionSnapshot snapshot = new RevisionSnapshot(source);
        source.put("slug", "changed");

        assertEquals("flood-relief", snapshot.fields().get("slug"));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.fields().put("slug", "x"));
        assertFalse(snapshot.fields().containsKey("title.lo"));
    }
}
