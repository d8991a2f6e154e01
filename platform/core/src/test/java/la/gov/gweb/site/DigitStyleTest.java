package la.gov.gweb.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class DigitStyleTest {

    @Test
    void laoStyleWritesEveryDigitInLaoAndLeavesTheRest() {
        assertEquals("໑໒ ພະຈິກ ໒໐໒໖, ໐໙:໓໔", DigitStyle.LAO.apply("12 ພະຈິກ 2026, 09:34"));
    }

    @Test
    void asciiStyleLeavesTextAsItIs() {
        assertEquals("12 ພະຈິກ 2026", DigitStyle.ASCII.apply("12 ພະຈິກ 2026"));
    }

    @Test
    void noTextStaysNoText() {
        assertNull(DigitStyle.LAO.apply(null));
    }

    @Test
    void codeIsReadWhateverItsCase() {
        assertEquals(Optional.of(DigitStyle.LAO), DigitStyle.fromCode("Lao"));
        assertEquals(Optional.empty(), DigitStyle.fromCode("thai"));
    }
}
