package la.gov.gweb.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class StorageKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "media/a-b_c.1.jpg", "media/logo.svg", "attachments/decree-245-2025.pdf", "Report_2026.PDF", "_x",
            "a/b/c/d.txt", "media/lead.2026.v2.jpg"})
    void safeKeysAreAccepted(String key) {
        assertTrue(StorageKey.isValid(key));
        assertEquals(key, new StorageKey(key).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "..", "../x", "media/../x", "media/..", "a..b", ".", "./x", "/abs", "/etc/passwd", "a//b", "media/",
            ".hidden", "media/.hidden", "-dash", "a\\b", "..\\x", "media\\logo.svg", "C:/x", "a b.jpg", "ຮູບ.jpg",
            "a/b?c", "%2e%2e/x", "~/x"})
    void unsafeKeysAreRejected(String key) {
        assertFalse(StorageKey.isValid(key), () -> "accepted '" + key + "'");
        assertThrows(IllegalArgumentException.class, () -> new StorageKey(key));
    }

    @Test
    void segmentOf121CharactersIsTheLongest() {
        assertTrue(StorageKey.isValid("media/" + "a".repeat(121)));
        assertFalse(StorageKey.isValid("media/" + "a".repeat(122)));
    }

    @Test
    void keyLongerThan300CharactersIsRejected() {
        String segment = "a".repeat(99);
        String key300 = segment + "/" + segment + "/" + segment.substring(1) + "/a";
        assertEquals(300, key300.length());
        assertTrue(StorageKey.isValid(key300));
        assertFalse(StorageKey.isValid(key300 + "a"));
    }

    @Test
    void keyInFolderIsIn() {
        assertTrue(new StorageKey("media/a.jpg").isIn("media"));
        assertTrue(new StorageKey("media/2026/a.jpg").isIn("media"));
    }

    @Test
    void keyInOtherOrSimilarlyNamedFolderIsNotIn() {
        assertFalse(new StorageKey("attachments/a.pdf").isIn("media"));
        assertFalse(new StorageKey("mediafiles/a.jpg").isIn("media"));
        assertFalse(new StorageKey("media").isIn("media"));
        assertFalse(new StorageKey("x/media/a.jpg").isIn("media"));
    }

    @Test
    void toStringIsTheKey() {
        assertEquals("media/a.jpg", new StorageKey("media/a.jpg").toString());
    }
}
