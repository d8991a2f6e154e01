package la.gov.gweb.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.i18n.LocalizedDates;
import la.gov.gweb.web.routing.Route;
import la.gov.gweb.web.routing.RouteParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

final class LinksTest {

    @ParameterizedTest
    @CsvSource({"/, /", "/news, /news", "news, /news", "/about/structure, /about/structure", "'', /"})
    void laoLinksHaveNoPrefix(String sitePath, String link) {
        assertEquals(link, Links.localized(Language.LO, sitePath));
    }

    @ParameterizedTest
    @CsvSource({"/, /en/", "/news, /en/news", "news, /en/news", "/legal/decree-1, /en/legal/decree-1", "'', /en/"})
    void englishLinksHaveTheEnPrefix(String sitePath, String link) {
        assertEquals(link, Links.localized(Language.EN, sitePath));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void localizedLinksAreCanonicalAndRouteBackToTheSameSitePath(Language language) {
        for (String sitePath : new String[] {"/", "/news", "/news/some-slug", "/legal", "/about/structure"}) {
            String link = Links.localized(language, sitePath);
            Route route = RouteParser.parse(link);
            assertTrue(RouteParser.canonicalRedirect(link).isEmpty(), link);
            assertEquals(language, route.language(), link);
            assertEquals(sitePath, route.sitePath(), link);
        }
    }

    @Test
    void vientianeIsSevenHoursAheadOfUtcAllYear() {
        assertEquals(ZoneOffset.ofHours(7), LocalizedDates.VIENTIANE.getRules().getOffset(LocalDateTime.of(2026, 1, 1, 0, 0)));
        assertEquals(ZoneOffset.ofHours(7), LocalizedDates.VIENTIANE.getRules().getOffset(LocalDateTime.of(2026, 7, 1, 0, 0)));
    }
}
