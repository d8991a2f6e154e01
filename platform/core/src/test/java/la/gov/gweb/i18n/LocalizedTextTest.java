package la.gov.gweb.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class LocalizedTextTest {

    private static final LocalizedText BOTH = LocalizedText.of("ຂ່າວ", "News");

    @Test
    void requestedLanguagePresentIsReturnedAsIs() {
        assertEquals(new Translation("ຂ່າວ", Language.LO, false), BOTH.in(Language.LO));
        assertEquals(new Translation("News", Language.EN, false), BOTH.in(Language.EN));
    }

    @Test
    void missingEnglishFallsBackToLaoMarkedAsFallback() {
        Translation translation = LocalizedText.of("ຂ່າວ", null).in(Language.EN);
        assertEquals("ຂ່າວ", translation.text());
        assertEquals(Language.LO, translation.language());
        assertTrue(translation.fallback());
    }

    @Test
    void missingLaoFallsBackToEnglishMarkedAsFallback() {
        assertEquals(new Translation("News", Language.EN, true), LocalizedText.of(null, "News").in(Language.LO));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void bothMissingGivesTheEmptyTranslation(Language language) {
        Translation translation = LocalizedText.of(null, null).in(language);
        assertSame(Translation.EMPTY, translation);
        assertTrue(translation.isEmpty());
        assertFalse(translation.fallback());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void blankTextsCountAsMissing(Language language) {
        LocalizedText blank = LocalizedText.of("  ", "\n\t ");
        assertTrue(blank.isEmpty());
        assertNull(blank.raw(language));
        assertSame(Translation.EMPTY, blank.in(language));
    }

    @Test
    void blankRequestedTextFallsBackToTheOtherLanguage() {
        assertEquals(new Translation("News", Language.EN, true), LocalizedText.of("   ", "News").in(Language.LO));
        assertEquals(new Translation("ຂ່າວ", Language.LO, true), LocalizedText.of("ຂ່າວ", "").in(Language.EN));
    }

    @Test
    void textsAreStripped() {
        LocalizedText text = LocalizedText.of("  ຂ່າວ\n", "\tNews  ");
        assertEquals("ຂ່າວ", text.lo());
        assertEquals("News", text.en());
        assertEquals("News", text.in(Language.EN).text());
    }

    @Test
    void rawReturnsTheTextOfOneLanguageOnly() {
        LocalizedText laoOnly = LocalizedText.of("ຂ່າວ", null);
        assertEquals("ຂ່າວ", laoOnly.raw(Language.LO));
        assertNull(laoOnly.raw(Language.EN));
    }

    @Test
    void textWithOneLanguageIsNotEmpty() {
        assertFalse(LocalizedText.of(null, "News").isEmpty());
        assertFalse(LocalizedText.of("ຂ່າວ", null).isEmpty());
    }

    @Test
    void equalityComparesBothLanguagesAfterStripping() {
        assertEquals(LocalizedText.of(" ຂ່າວ ", "News"), BOTH);
        assertEquals(BOTH.hashCode(), LocalizedText.of("ຂ່າວ", " News ").hashCode());
        assertEquals(LocalizedText.of("", null), LocalizedText.of(null, " "));
        assertNotEquals(LocalizedText.of("ຂ່າວ", null), BOTH);
    }

    @Test
    void emptyTranslationIsInTheDefaultLanguage() {
        assertEquals("", Translation.EMPTY.text());
        assertEquals(Language.DEFAULT, Translation.EMPTY.language());
    }
}
