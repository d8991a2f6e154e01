package la.gov.gweb.indexing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * A sweep over every site once a round, handed out a slice a tick: with hundreds of sites, a
 * sweep of them all in one tick would open every site's store at once, which right after a
 * start slows the first pages down.
 */
final class SpreadSweep<T> {

    private final Duration round;
    private final long ticksPerRound;
    private final Deque<T> pending = new ArrayDeque<>();
    private int perTick = 1;
    private Instant nextRound = Instant.MIN;

    SpreadSweep(Duration round, Duration tick) {
        this.round = round;
        this.ticksPerRound = Math.max(1, round.toMillis() / tick.toMillis());
    }

    /** The sites to sweep at this tick; a new round starts when the last one is done and its time has come. */
    List<T> due(Instant now, Supplier<? extends Collection<T>> sites) {
        if (pending.isEmpty() && !now.isBefore(nextRound)) {
            Collection<T> all = sites.get();
            pending.addAll(all);
            perTick = (int) Math.max(1, (all.size() + ticksPerRound - 1) / ticksPerRound);
            nextRound = now.plus(round);
        }
        List<T> slice = new ArrayList<>(perTick);
        while (slice.size() < perTick && !pending.isEmpty()) {
            slice.add(pending.poll());
        }
        return slice;
    }
}
