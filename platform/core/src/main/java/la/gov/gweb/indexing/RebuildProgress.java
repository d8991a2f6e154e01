package la.gov.gweb.indexing;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import la.gov.gweb.tenant.TenantSlug;

/**
 * How far the rebuild of one site's index has come; shared between the thread that rebuilds and
 * the console pages that show the progress bar.
 */
public final class RebuildProgress {

    /** Where a rebuild stands. */
    public enum State {
        RUNNING, DONE, FAILED
    }

    private final TenantSlug site;
    private final Instant startedAt;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile State state = State.RUNNING;
    private volatile Instant finishedAt;

    RebuildProgress(TenantSlug site, Instant startedAt) {
        this.site = site;
        this.startedAt = startedAt;
    }

    void expect(int items) {
        total = items;
    }

    void advance() {
        done.incrementAndGet();
    }

    void finish(State outcome, Instant at) {
        finishedAt = at;
        state = outcome;
    }

    public TenantSlug site() {
        return site;
    }

    public State state() {
        return state;
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public int done() {
        return done.get();
    }

    /** The number of items to index, counted when the rebuild started; more may come meanwhile. */
    public int total() {
        return total;
    }

    /** From 0 to 100; 100 only once the new index has replaced the old one. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        int expected = total;
        return expected == 0 ? 0 : Math.min(99, done.get() * 100 / expected);
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** When the rebuild ended, or null while it runs. */
    public Instant finishedAt() {
        return finishedAt;
    }
}
