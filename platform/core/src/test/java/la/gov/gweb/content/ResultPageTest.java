package la.gov.gweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ResultPageTest {

    private static ResultPage<String> page(int number, int size, long total) {
        return new ResultPage<>(List.of(), number, size, total);
    }

    @Test
    void emptyListHasOnePage() {
        ResultPage<String> page = page(1, 10, 0);
        assertEquals(1, page.totalPages());
        assertFalse(page.hasNext());
        assertFalse(page.hasPrevious());
    }

    @ParameterizedTest
    @CsvSource({"10, 1, 1", "10, 9, 1", "10, 10, 1", "10, 11, 2", "10, 20, 2", "10, 21, 3", "1, 7, 7", "12, 100001, 8334"})
    void totalPagesRoundsUp(int size, long total, int pages) {
        assertEquals(pages, page(1, size, total).totalPages());
    }

    @Test
    void firstOfSeveralPagesHasNextOnly() {
        ResultPage<String> page = page(1, 10, 25);
        assertTrue(page.hasNext());
        assertFalse(page.hasPrevious());
    }

    @Test
    void middlePageHasBothNeighbours() {
        ResultPage<String> page = page(2, 10, 25);
        assertTrue(page.hasNext());
        assertTrue(page.hasPrevious());
    }

    @Test
    void lastPageHasPreviousOnly() {
        ResultPage<String> page = page(3, 10, 25);
        assertFalse(page.hasNext());
        assertTrue(page.hasPrevious());
    }

    @Test
    void pageBeyondTheEndHasNoNext() {
        ResultPage<String> page = page(9, 10, 25);
        assertFalse(page.hasNext());
        assertTrue(page.hasPrevious());
    }

    @ParameterizedTest
    @CsvSource({"1, 10, 0", "2, 10, 10", "3, 12, 24", "1, 1, 0", "5, 1, 4"})
    void offsetIsTheIndexOfTheFirstItemOfThePage(int number, int size, int offset) {
        assertEquals(offset, ResultPage.offset(number, size));
    }

    @Test
    void itemsAreCopiedAndUnmodifiable() {
        List<String> items = new ArrayList<>(List.of("a", "b"));
        ResultPage<String> page = new ResultPage<>(items, 1, 10, 2);
        items.add("c");
        assertEquals(List.of("a", "b"), page.items());
        assertThrows(UnsupportedOperationException.class, () -> page.items().add("d"));
    }
}
