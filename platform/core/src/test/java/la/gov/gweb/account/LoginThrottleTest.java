package la.gov.gweb.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class LoginThrottleTest {

    private static final String USER = "somchai";
    private static final String OFFICE = "203.0.113.7";
    private static final String ELSEWHERE = "198.51.100.20";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T02:30:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresAreFree() {
        fail(USER, OFFICE, 4);
        assertEquals(Optional.empty(), throttle.waitFor(USER, OFFICE));
    }

    @Test
    void theFifthFailureImposesThirtySeconds() {
        fail(USER, OFFICE, 5);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitFor(USER, OFFICE));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
        fail(USER, OFFICE, 4);
        List<Long> expectedSeconds = List.of(30L, 60L, 120L, 240L, 480L, 900L, 900L, 900L);
        for (long seconds : expectedSeconds) {
            throttle.failed(USER, OFFICE);
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.waitFor(USER, OFFICE));
        }
    }

    @Test
    void theWaitNeverExceedsFifteenMinutesEvenAfterManyFailures() {
        fail(USER, OFFICE, 200);
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitFor(USER, OFFICE));
    }

    @Test
    void theWaitShrinksAsTimePassesAndEndsAtTheDeadline() {
        fail(USER, OFFICE, 5);
        clock.advance(Duration.ofSeconds(29));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor(USER, OFFICE));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.waitFor(USER, OFFICE));
        clock.advance(Duration.ofHours(1));
        assertEquals(Optional.empty(), throttle.waitFor(USER, OFFICE));
    }

    @Test
    void failuresAfterTheWaitEndedKeepDoubling() {
        fail(USER, OFFICE, 5);
        clock.advance(Duration.ofSeconds(30));
        throttle.failed(USER, OFFICE);
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.waitFor(USER, OFFICE));
    }

    @Test
    void successClearsTheFailures() {
        fail(USER, OFFICE, 7);
        throttle.succeeded(USER, OFFICE);
        assertEquals(Optional.empty(), throttle.waitFor(USER, OFFICE));

        fail(USER, OFFICE, 4);
        assertEquals(Optional.empty(), throttle.waitFor(USER, OFFICE));
        throttle.failed(USER, OFFICE);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitFor(USER, OFFICE));
    }

    @Test
    void anotherAddressIsNotAffected() {
        fail(USER, OFFICE, 10);
        assertEquals(Optional.empty(), throttle.waitFor(USER, ELSEWHERE));
        throttle.failed(USER, ELSEWHERE);
        assertEquals(Optional.empty(), throttle.waitFor(USER, ELSEWHERE));
    }

    @Test
    void anotherUserIsNotAffected() {
        fail(USER, OFFICE, 10);
        assertEquals(Optional.empty(), throttle.waitFor("khamphone", OFFICE));
    }

    @Test
    void successOfAnotherUserOrAddressClearsNothing() {
        fail(USER, OFFICE, 5);
        throttle.succeeded("khamphone", OFFICE);
        throttle.succeeded(USER, ELSEWHERE);
        assertTrue(throttle.waitFor(USER, OFFICE).isPresent());
    }

    @Test
    void userNamesAreCaseInsensitive() {
        fail("Somchai", OFFICE, 3);
        fail("SOMCHAI", OFFICE, 2);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitFor("somchai", OFFICE));
        throttle.succeeded("SomChai", OFFICE);
        assertEquals(Optional.empty(), throttle.waitFor("SOMCHAI", OFFICE));
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
