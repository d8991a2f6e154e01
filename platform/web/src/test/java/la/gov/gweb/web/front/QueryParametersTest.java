package la.gov.gweb.web.front;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class QueryParametersTest {

    @Test
    void valuesAreDecodedAsUtf8WithPlusForSpaceAndRepeatedNamesKeepTheirOrder() {
        Map<String, String[]> parameters =
                QueryParameters.parse("type=%E0%BA%94+x&year=2025&year=2024&flag").orElseThrow();
        assertArrayEquals(new String[] {"ດ x"}, parameters.get("type"));
        assertArrayEquals(new String[] {"2025", "2024"}, parameters.get("year"));
        assertArrayEquals(new String[] {""}, parameters.get("flag"));
    }

    @Test
    void noQueryIsNoParameters() {
        assertEquals(Map.of(), QueryParameters.parse(null).orElseThrow());
        assertEquals(Map.of(), QueryParameters.parse("").orElseThrow());
    }

    @Test
    void malformedOrVeryLongQueriesAreLeftToTheContainer() {
        assertTrue(QueryParameters.parse("page=%E").isEmpty());
        assertTrue(QueryParameters.parse("page=%zz").isEmpty());
        assertTrue(QueryParameters.parse("page=1&x=" + "a".repeat(QueryParameters.MAX_LENGTH)).isEmpty());
    }
}
