package la.gov.gweb.web.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class CompressionTest {

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "gzip, deflate, br", "br;q=1.0, GZIP;q=0.5", "*", "deflate, gzip;q=0.001"})
    void gzipIsSentWhenAccepted(String header) {
        assertTrue(Compression.acceptsGzip(header));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"identity", "br, deflate", "gzip;q=0", "gzip; q=0.000", "x-gzip-like"})
    void gzipIsNotSentOtherwise(String header) {
        assertFalse(Compression.acceptsGzip(header));
    }
}
