package la.gov.gweb.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ThemesTest {

    private final Themes themes = new Themes();

    @Test
    void theStandardThemeIsItsOwnContract() {
        assertEquals("gweb-standard", themes.contractFor("gweb-standard"));
    }

    @Test
    void anotherThemeIsLaidOverTheStandardOne() {
        assertEquals("gweb-province,gweb-standard", themes.contractFor("gweb-province"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gweb-missing", "../gweb-province", "GWEB-PROVINCE", "gweb-province,gweb-standard", ""})
    void anUninstalledOrMalformedThemeGetsTheStandardOne(String theme) {
        assertEquals("gweb-standard", themes.contractFor(theme));
    }
}
