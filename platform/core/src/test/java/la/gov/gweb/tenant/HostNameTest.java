package la.gov.gweb.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class HostNameTest {

    private static final Optional<HostName> MTC = Optional.of(new HostName("mtc.localhost"));

    @ParameterizedTest
    @ValueSource(strings = {
            "mtc.localhost", "mtc.localhost:8080", "mtc.localhost:80", "MTC.localhost", "Mtc.LOCALHOST:8443",
            "mtc.localhost.", "mtc.localhost.:8080", "  mtc.localhost  ", " mtc.localhost:8080 "})
    void hostHeaderVariantsResolveToTheSameHost(String header) {
        assertEquals(MTC, HostName.fromHostHeader(header));
    }

    @Test
    void hostHeaderWithPortResolvesToTheSameHost() {
        assertEquals(HostName.fromHostHeader("mtc.localhost"), HostName.fromHostHeader("mtc.localhost:8080"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", ":", ":8080", "."})
    void missingOrEmptyHostHeaderIsRejected(String header) {
        assertTrue(HostName.fromHostHeader(header).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[::1]", "[::1]:8080", "::1", "fe80::1", "mtc.localhost:", "mtc.localhost:http", "mtc.localhost:80a",
            "mtc.localhost:123456", "mtc.localhost:-1", "mtc.localhost:8080:8080", "mtc_site.localhost",
            "mtc localhost", "mtc.localhost/news", "-mtc.localhost", "mtc-.localhost", "mtc..localhost",
            "mtc.localhost..", ".mtc.localhost", "user@mtc.localhost", "ມທສ.localhost", "*.localhost"})
    void malformedHostHeaderIsRejected(String header) {
        assertTrue(HostName.fromHostHeader(header).isEmpty(), () -> "accepted '" + header + "'");
    }

    @Test
    void hostHeaderWithEmptyPortIsRejected() {
        assertTrue(HostName.fromHostHeader("host:").isEmpty());
    }

    @Test
    void bugPortInArabicIndicDigitsWasAccepted() {
        assertTrue(HostName.fromHostHeader("mtc.localhost:\u0668\u0660").isEmpty());
    }

    @Test
    void bugPortAbove65535WasAccepted() {
        assertTrue(HostName.fromHostHeader("mtc.localhost:99999").isEmpty());
        assertEquals("mtc.localhost", HostName.fromHostHeader("mtc.localhost:65535").orElseThrow().value());
    }

    @Test
    void hostHeaderWithPortOfLettersIsRejected() {
        assertTrue(HostName.fromHostHeader("host:abc").isEmpty());
    }

    @Test
    void labelOf63CharactersIsAccepted() {
        String label = "a".repeat(63);
        assertEquals(label + ".la", HostName.fromHostHeader(label + ".la").orElseThrow().value());
    }

    @Test
    void labelOf64CharactersIsRejected() {
        assertTrue(HostName.fromHostHeader("a".repeat(64) + ".la").isEmpty());
    }

    @Test
    void nameOf253CharactersIsAccepted() {
        String name = longName(253);
        assertEquals(253, name.length());
        assertEquals(name, HostName.fromHostHeader(name + ":8080").orElseThrow().value());
    }

    @Test
    void nameOf253CharactersWithTrailingDotIsAccepted() {
        String name = longName(253);
        assertEquals(name, HostName.fromHostHeader(name + ".").orElseThrow().value());
    }

    @Test
    void nameOver253CharactersIsRejected() {
        String name = longName(255);
        assertEquals(255, name.length());
        assertTrue(HostName.fromHostHeader(name).isEmpty());
        assertTrue(HostName.fromHostHeader(longName(254)).isEmpty());
    }

    @Test
    void singleLabelAndDigitsAreValidNames() {
        assertEquals("localhost", HostName.fromHostHeader("LOCALHOST:8080").orElseThrow().value());
        assertEquals("127.0.0.1", HostName.fromHostHeader("127.0.0.1:8080").orElseThrow().value());
        assertEquals("gov-la.1st.la", HostName.fromHostHeader("gov-la.1st.la").orElseThrow().value());
    }

    @Test
    void ofForgivesCaseAndTrailingDot() {
        assertEquals(new HostName("www.mtc.gov.la"), HostName.of(" WWW.MTC.gov.la. "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mtc.localhost:8080", "mtc_site.la", "a..b", "-a.la"})
    void ofRejectsInvalidNames(String name) {
        assertThrows(IllegalArgumentException.class, () -> HostName.of(name));
    }

    @Test
    void ofRejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> HostName.of(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MTC.localhost", "mtc.localhost.", " mtc.localhost"})
    void constructorAcceptsOnlyCanonicalForm(String name) {
        assertThrows(IllegalArgumentException.class, () -> new HostName(name));
    }

    @Test
    void toStringIsTheName() {
        assertEquals("mtc.localhost", HostName.of("mtc.localhost").toString());
    }

    private static String longName(int length) {
        StringBuilder name = new StringBuilder();
        while (name.length() < length) {
            if (name.length() > 0) {
                name.append('.');
            }
            int remaining = length - name.length();
            name.append("a".repeat(Math.min(remaining, 63)));
        }
        return name.toString();
    }
}
