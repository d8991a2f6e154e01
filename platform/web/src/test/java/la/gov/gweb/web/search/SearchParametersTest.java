package la.gov.gweb.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.search.SearchQuery;
import la.gov.gweb.search.SearchQuery.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SearchParametersTest {

    @Test
    void everyParameterIsRead() {
        SearchParameters read = SearchParameters.read("ດຳລັດ", "en", "Legal", "2025", "date", "20", "5", Language.LO);
        SearchQuery query = read.query();
        assertEquals(List.of(), read.problems());
        assertEquals("ດຳລັດ", query.text());
        assertEquals("en", query.language(), "lang wins over the page's language");
        assertEquals("legal", query.type());
        assertEquals(2025, query.year());
        assertEquals(SortOrder.DATE, query.sort());
        assertEquals(20, query.offset());
        assertEquals(5, query.limit());
    }

    @Test
    void absentParametersTakeTheDefaults() {
        SearchQuery query = SearchParameters.read(null, null, null, null, null, null, null, Language.LO).query();
        assertEquals("", query.text());
        assertEquals("lo", query.language());
        assertNull(query.type());
        assertNull(query.year());
        assertEquals(SortOrder.RELEVANCE, query.sort());
        assertEquals(0, query.offset());
        assertEquals(SearchQuery.DEFAULT_LIMIT, query.limit());
    }

    @Test
    void eachNonsensicalValueIsOneProblemAndIsLeftOut() {
        SearchParameters read = SearchParameters.read("x", "fr", "video", "soon", "sideways", "-1", "1000", null);
        assertEquals(List.of("lang", "type", "year", "sort", "offset", "limit"),
                read.problems().stream().map(Problem::field).toList());
        assertNull(read.query().type());
        assertNull(read.query().year());
        assertEquals(0, read.query().offset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1974", "2101", "20 25", "٢٠٢٥", "໒໐໒໕", "99999999999"})
    void yearsOutsideTheRepublicsTimeOrNotInAsciiDigitsAreRefused(String year) {
        assertTrue(SearchParameters.read("x", null, null, year, null, null, null, null).problems().stream()
                .anyMatch(problem -> problem.field().equals("year")), year);
    }
}
