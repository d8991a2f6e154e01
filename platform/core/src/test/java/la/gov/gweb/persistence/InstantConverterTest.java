package la.gov.gweb.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

final class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void instantsAreStoredInUtcWithoutTheirFractionWhateverTheDatabaseWouldDo() {
        assertEquals(LocalDateTime.of(2026, 3, 14, 5, 0, 4),
                converter.convertToDatabaseColumn(Instant.parse("2026-03-14T05:00:04.999Z")));
    }

    @Test
    void storedValuesReadBackAsTheSameInstant() {
        assertEquals(Instant.parse("2026-03-14T05:00:04Z"),
                converter.convertToEntityAttribute(LocalDateTime.of(2026, 3, 14, 5, 0, 4)));
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
