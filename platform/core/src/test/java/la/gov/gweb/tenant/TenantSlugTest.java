package la.gov.gweb.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class TenantSlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"mtc", "egc", "luangprabang", "ab", "a1", "luang-prabang", "a-b-c", "moe2", "x-9"})
    void wellFormedSlugsAreValid(String slug) {
        assertTrue(TenantSlug.isValid(slug));
        assertEquals(slug, TenantSlug.of(slug).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "a", "1mtc", "9", "-mtc", "mtc-", "luang--prabang", "MTC", "Mtc", "mtc_site", "mtc.gov", "mtc site",
            " mtc", "mtc ", "ມທສ", "mtç", "mtc/egc"})
    void malformedSlugsAreInvalid(String slug) {
        assertFalse(TenantSlug.isValid(slug));
        assertThrows(IllegalArgumentException.class, () -> TenantSlug.of(slug));
    }

    @Test
    void thirtyCharactersIsTheLongestSlug() {
        String thirty = "a".repeat(30);
        assertTrue(TenantSlug.isValid(thirty));
        assertFalse(TenantSlug.isValid(thirty + "a"));
    }

    @Test
    void oneCharacterIsTooShortButTwoIsEnough() {
        assertFalse(TenantSlug.isValid("m"));
        assertTrue(TenantSlug.isValid("mt"));
    }

    @Test
    void invalidSlugMessageNamesTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TenantSlug.of("Bad--Slug"));
        assertTrue(e.getMessage().contains("'Bad--Slug'"), e.getMessage());
    }

    @Test
    void schemaNameAddsThePrefix() {
        assertEquals("gweb_mtc", TenantSlug.of("mtc").schemaName("gweb_"));
    }

    @Test
    void schemaNameReplacesHyphensWithUnderscores() {
        assertEquals("gweb_luang_prabang_2", TenantSlug.of("luang-prabang-2").schemaName("gweb_"));
    }

    @Test
    void toStringIsTheSlug() {
        assertEquals("mtc", TenantSlug.of("mtc").toString());
    }
}
