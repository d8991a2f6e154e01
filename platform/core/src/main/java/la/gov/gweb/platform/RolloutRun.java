package la.gov.gweb.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A roll-out in progress or finished: how many rows there are and what became of each so far;
 * shared between the thread that creates the sites and the page that shows the progress bar.
 */
public final class RolloutRun {

    private final int total;
    private final List<RolloutResult> results = new CopyOnWriteArrayList<>();
    private volatile boolean finished;

    RolloutRun(int total) {
        this.total = total;
    }

    void add(RolloutResult result) {
        results.add(result);
    }

    void finish() {
        finished = true;
    }

    public int total() {
        return total;
    }

    public int done() {
        return results.size();
    }

    public boolean running() {
        return !finished;
    }

    public int percent() {
        return total == 0 ? 100 : done() * 100 / total;
    }

    public long created() {
        return results.stream().filter(RolloutResult::created).count();
    }

    public long failed() {
        return results.stream().filter(result -> !result.created()).count();
    }

    /** The results so far, in the order of the file. */
    public List<RolloutResult> results() {
        return List.copyOf(results);
    }
}
