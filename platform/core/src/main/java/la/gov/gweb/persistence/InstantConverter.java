package la.gov.gweb.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Stores instants as UTC date-times in whole seconds, so that MySQL, MariaDB and H2 hold the same
 * value whatever the time zone of the server or of the JVM. The columns keep no fraction, and the
 * databases disagree on dropping it (MariaDB truncates, MySQL rounds up), which would make an item
 * scheduled at 12:00:04.7 appear a second apart on the two; truncating here decides it once.
 */
@Converter
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null
                : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
