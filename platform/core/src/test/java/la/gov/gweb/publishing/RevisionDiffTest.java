package la.gov.gweb.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import la.gov.gweb.publishing.RevisionDiff.Change;
import la.gov.gweb.publishing.RevisionDiff.Line;
import org.junit.jupiter.api.Test;

final class RevisionDiffTest {

    @Test
    void identicalRevisionsHaveNoDifferences() {
        RevisionSnapshot same = snapshot("ຫົວຂໍ້", "<p>ໜຶ່ງ</p><p>ສອງ</p>");
        assertTrue(RevisionDiff.between(same, same).isEmpty());
    }

    @Test
    void oneChangedParagraphShowsAsRemovedAndAddedBetweenKeptOnes() {
        List<RevisionDiff.Field> diff = RevisionDiff.between(
                snapshot("ຫົວຂໍ້", "<p>ໜຶ່ງ</p><p>ສອງ</p><p>ສາມ</p>"),
                snapshot("ຫົວຂໍ້", "<p>ໜຶ່ງ</p><p>ສອງ ແກ້ໄຂ</p><p>ສາມ</p>"));
        assertEquals(1, diff.size());
        assertEquals("body.lo", diff.get(0).name());
        assertEquals(List.of(new Line(Change.KEPT, "<p>ໜຶ່ງ</p>"), new Line(Change.ADDED, "<p>ສອງ ແກ້ໄຂ</p>"),
                new Line(Change.REMOVED, "<p>ສອງ</p>"), new Line(Change.KEPT, "<p>ສາມ</p>")), diff.get(0).lines());
    }

    @Test
    void aFieldThatAppearsIsAllAddedAndOneThatGoesIsAllRemoved() {
        List<RevisionDiff.Field> diff = RevisionDiff.between(snapshot("ເກົ່າ", null), snapshot(null, "<p>ໃໝ່</p>"));
        assertEquals(List.of(new Line(Change.REMOVED, "ເກົ່າ")), diff.get(0).lines());
        assertEquals(List.of(new Line(Change.ADDED, "<p>ໃໝ່</p>")), diff.get(1).lines());
    }

    @Test
    void listItemsAndLineBreaksAreLinesOfTheirOwn() {
        assertEquals(List.of("<ul><li>ກ</li>", "<li>ຂ</li>", "</ul>"), RevisionDiff.split("<ul><li>ກ</li><li>ຂ</li></ul>"));
        assertEquals(List.of("ກ<br>", "ຂ"), RevisionDiff.split("ກ<br>ຂ"));
    }

    private static RevisionSnapshot snapshot(String title, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title.lo", title);
        fields.put("body.lo", body);
        return new RevisionSnapshot(fields);
    }
}
