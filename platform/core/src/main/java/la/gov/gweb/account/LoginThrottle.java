package la.gov.gweb.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without locking anyone out for good. Failures are counted per
 * account and client address: after five, each further attempt from that address must wait,
 * 30 seconds doubling up to 15 minutes. Another address, such as the webmaster's own office,
 * is not affected, so nobody can block a webmaster by guessing wrong on purpose.
 */
public final class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant waitUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account must wait before trying again from this address, if at all. */
    public Optional<Duration> waitFor(String username, String address) {
        Failures current = failures.get(key(username, address));
        Instant now = clock.instant();
        if (current == null || current.waitUntil() == null || !now.isBefore(current.waitUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.waitUntil()));
    }

    public void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            forgetExpired();
        }
        failures.compute(key(username, address), (key, current) -> {
            int count = current == null ? 1 : current.count() + 1;
            Instant waitUntil = count < FREE_ATTEMPTS ? null : clock.instant().plus(wait(count));
            return new Failures(count, waitUntil);
        });
    }

    /**
     * Bounds memory under a flood of failures by dropping entries that no longer make anyone
     * wait, never the ones still throttling, so a flood cannot reset the throttle of others.
     */
    private void forgetExpired() {
        Instant now = clock.instant();
        failures.values().removeIf(entry -> entry.waitUntil() == null || !now.isBefore(entry.waitUntil()));
    }

    public void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private static Duration wait(int count) {
        int doublings = Math.min(count - FREE_ATTEMPTS, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String key(String username, String address) {
        return username.toLowerCase(java.util.Locale.ROOT) + "|" + address;
    }
}
