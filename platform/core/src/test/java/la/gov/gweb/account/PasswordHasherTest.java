package la.gov.gweb.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class PasswordHasherTest {

    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String PASSWORD = "ລະຫັດຜ່ານ ປອດໄພ 2026!";
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = HASHER.hash(PASSWORD.toCharArray());
    }

    @Test
    void theRightPasswordMatchesItsHash() {
        assertTrue(HASHER.matches(PASSWORD.toCharArray(), stored));
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        assertFalse(HASHER.matches("ລະຫັດຜ່ານ ປອດໄພ 2026?".toCharArray(), stored));
    }

    @Test
    void storedFormatIsPrefixIterationsSaltAndHash() {
        String[] parts = stored.split("\\$", -1);
        assertEquals(4, parts.length, stored);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertTrue(stored.matches("pbkdf2-sha256\\$210000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), stored);
    }

    @Test
    void hashingTheSamePasswordTwiceUsesAnotherSalt() {
        String again = HASHER.hash(PASSWORD.toCharArray());
        String[] first = stored.split("\\$");
        String[] second = again.split("\\$");
        assertNotEquals(first[2], second[2]);
        assertNotEquals(first[3], second[3]);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "pbkdf2-sha256",
            "pbkdf2-sha256$1$c2FsdHNhbHRzYWx0$",
            "pbkdf2-sha256$1$c2FsdHNhbHRzYWx0",
            "pbkdf2-sha256$1$c2FsdHNhbHRzYWx0$aGFzaA$extra",
            "PBKDF2-SHA256$1$c2FsdHNhbHRzYWx0$aGFzaA",
            "pbkdf2-sha1$1$c2FsdHNhbHRzYWx0$aGFzaA",
            "bcrypt$1$c2FsdHNhbHRzYWx0$aGFzaA",
            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
            "pbkdf2-sha256$abc$c2FsdHNhbHRzYWx0$aGFzaA",
            "pbkdf2-sha256$$c2FsdHNhbHRzYWx0$aGFzaA",
            "pbkdf2-sha256$1.5$c2FsdHNhbHRzYWx0$aGFzaA",
            "pbkdf2-sha256$99999999999$c2FsdHNhbHRzYWx0$aGFzaA",
            "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0$aGFzaA",
            "pbkdf2-sha256$-1$c2FsdHNhbHRzYWx0$aGFzaA",
            "pbkdf2-sha256$1$not base64!$aGFzaA",
            "pbkdf2-sha256$1$c2FsdHNhbHRzYWx0$not*base64",
            "pbkdf2-sha256$1$$aGFzaA",
            "pbkdf2-sha256$1$c2FsdHNhbHRzYWx0$aGFzaA",
    })
    void malformedStoredValuesNeverMatchAndNeverThrow(String malformed) {
        assertFalse(HASHER.matches(PASSWORD.toCharArray(), malformed));
    }

    @Test
    void aHashWithFewerIterationsStillVerifies() throws GeneralSecurityException {
        byte[] salt = "sixteen byte sal".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        PBEKeySpec spec = new PBEKeySpec(PASSWORD.toCharArray(), salt, 1_000, 256);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        String cheaper = "pbkdf2-sha256$1000$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);

        assertTrue(HASHER.matches(PASSWORD.toCharArray(), cheaper));
        assertFalse(HASHER.matches("another password".toCharArray(), cheaper));
    }
}
