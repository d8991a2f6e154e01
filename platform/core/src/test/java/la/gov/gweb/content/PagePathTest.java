package la.gov.gweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class PagePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"ກ່ຽວກັບ", "ກ່ຽວກັບ/ໂຄງສ້າງ", "ຂ່າວ-2026", "ໜ້າທີ່", "about", "about/structure", "services/digital-government", "a/b/c/d/e", "2026", "faq-1"})
    void wellFormedPathsAreValid(String path) {
        assertTrue(PagePath.isValid(path));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "..", "../about", "about/..", "about/./structure", ".", "About", "about/Structure", "/about", "about/",
            "about//structure", "/", "about-", "-about", "about_us", "about us", "about\\structure", "\u0EC8ກ", "ກ-",
            "about.html", "about?x=1"})
    void malformedPathsAreInvalid(String path) {
        assertFalse(PagePath.isValid(path), () -> "accepted '" + path + "'");
    }

    @Test
    void fiveLevelsIsTheDeepestPath() {
        assertTrue(PagePath.isValid("a/b/c/d/e"));
        assertFalse(PagePath.isValid("a/b/c/d/e/f"));
    }

    @Test
    void pathLongerThan200CharactersIsInvalid() {
        String segment = "a".repeat(66);
        String path200 = segment + "/" + segment + "/" + segment.substring(0, 64) + "bb";
        assertEquals(200, path200.length());
        assertTrue(PagePath.isValid(path200));
        assertFalse(PagePath.isValid(path200 + "c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "decree-245-2025", "0123", "a1-b2", "ດຳລັດ-245", "ເລກ-໑໒", "ກ່"})
    void wellFormedSlugsAreValid(String slug) {
        assertTrue(PagePath.isValidSlug(slug));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"about/structure", "-a", "a-", "A", "a_b", "..", "a.b", " a", "a b", "\u0EB4ກ", "ກ\u200Bຂ", "ກ ຂ"})
    void malformedSlugsAreInvalid(String slug) {
        assertFalse(PagePath.isValidSlug(slug), () -> "accepted '" + slug + "'");
    }

    @Test
    void slugIsAtMost80Characters() {
        assertTrue(PagePath.isValidSlug("a".repeat(80)));
        assertFalse(PagePath.isValidSlug("a".repeat(81)));
    }

    @Test
    void parentOfNestedPageIsThePathAboveIt() {
        assertEquals("about", PagePath.parentOf("about/structure"));
        assertEquals("a/b/c", PagePath.parentOf("a/b/c/d"));
    }

    @Test
    void topLevelPageHasNoParent() {
        assertNull(PagePath.parentOf("about"));
    }

    @Test
    void ancestryRunsFromTheTopDownToThePath() {
        assertEquals(List.of("a", "a/b", "a/b/c"), PagePath.ancestry("a/b/c"));
        assertEquals(List.of("about", "about/structure"), PagePath.ancestry("about/structure"));
    }

    @Test
    void ancestryOfTopLevelPageIsItself() {
        assertEquals(List.of("about"), PagePath.ancestry("about"));
    }
}
