package la.gov.gweb.web.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.Optional;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.content.LegalFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class ListQueryTest {

    @Test
    void missingParametersGiveTheFirstUnfilteredPage() {
        assertEquals(Optional.of(new ListQuery(1, LegalFilter.NONE)), ListQuery.parse(null, null, null));
    }

    @Test
    void blankParametersGiveTheFirstUnfilteredPage() {
        assertEquals(Optional.of(new ListQuery(1, LegalFilter.NONE)), ListQuery.parse("", " ", "\t"));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 2", "42, 42", "007, 7", "100000, 100000"})
    void validPageNumberIsKept(String page, int number) {
        assertEquals(number, ListQuery.parse(page, null, null).orElseThrow().page());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "9999999", "100001", "1.5", "+1", " 1", "1e3", "٣", "2147483648"})
    void badPageMakesTheQueryInvalid(String page) {
        assertTrue(ListQuery.parse(page, null, null).isEmpty(), () -> "accepted page '" + page + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"law", "decree", "decision", "instruction", "notice"})
    void everyLegalKindCodeIsAType(String type) {
        LegalFilter filter = ListQuery.parse(null, type, null).orElseThrow().filter();
        assertEquals(LegalDocumentKind.fromCode(type), filter.kind());
        assertEquals(Optional.empty(), filter.year());
    }

    @ParameterizedTest
    @ValueSource(strings = {"regulation", "DECREE", "Decree", "decrees", "1"})
    void unknownTypeMakesTheQueryInvalid(String type) {
        assertTrue(ListQuery.parse(null, type, null).isEmpty(), () -> "accepted type '" + type + "'");
    }

    @Test
    void yearFrom1900ToNextYearIsAccepted() {
        int next = Year.now().getValue() + 1;
        assertEquals(Optional.of(1900), ListQuery.parse(null, null, "1900").orElseThrow().filter().year());
        assertEquals(Optional.of(2025), ListQuery.parse(null, null, "2025").orElseThrow().filter().year());
        assertEquals(Optional.of(next), ListQuery.parse(null, null, Integer.toString(next)).orElseThrow().filter().year());
    }

    @Test
    void yearAfterNextYearIsInvalid() {
        String tooLate = Integer.toString(Year.now().getValue() + 2);
        assertTrue(ListQuery.parse(null, null, tooLate).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899", "0", "-2020", "20x5", "99999", "2025.0", "ສອງພັນ"})
    void yearOutOfRangeOrMalformedIsInvalid(String year) {
        assertTrue(ListQuery.parse(null, null, year).isEmpty(), () -> "accepted year '" + year + "'");
    }

    @Test
    void pageTypeAndYearCombine() {
        assertEquals(Optional.of(new ListQuery(3,
                        new LegalFilter(Optional.of(LegalDocumentKind.DECREE), Optional.of(2023)))),
                ListQuery.parse("3", "decree", "2023"));
    }

    @Test
    void oneBadValueSpoilsAnOtherwiseValidCombination() {
        assertTrue(ListQuery.parse("0", "decree", "2023").isEmpty());
        assertTrue(ListQuery.parse("2", "regulation", "2023").isEmpty());
        assertTrue(ListQuery.parse("2", "decree", "1066").isEmpty());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingPageWithFiltersStartsAtPageOne(String page) {
        ListQuery query = ListQuery.parse(page, "law", "2012").orElseThrow();
        assertEquals(1, query.page());
        assertEquals(Optional.of(LegalDocumentKind.LAW), query.filter().kind());
        assertEquals(Optional.of(2012), query.filter().year());
    }
}
