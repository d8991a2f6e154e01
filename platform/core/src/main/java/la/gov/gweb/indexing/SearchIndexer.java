package la.gov.gweb.indexing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.search.SiteIndex;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Drives the indexing of every site. A committed content change asks for its site's outbox to be
 * drained at once; a one-second tick drains sites whose scheduled publish or unpublish time has
 * come; a sweep over every site each minute, and the first one at start, spread over the
 * minute's ticks, rebuilds indexes that are new or whose rebuild was interrupted and drains
 * whatever a crash left in the outboxes. Drains of one site never overlap; different sites drain
 * in parallel on the managed executor.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);
    private static final Duration TICK = Duration.ofSeconds(1);

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantDirectory directory;

    @Inject
    SearchEngine engine;

    @Inject
    OutboxDrain drain;

    @Inject
    IndexRebuilds rebuilds;

    private final Clock clock = Clock.systemUTC();
    private final Map<TenantSlug, SiteQueue> queues = new ConcurrentHashMap<>();
    private final SpreadSweep<TenantSnapshot> sweep = new SpreadSweep<>(SWEEP_INTERVAL, TICK);
    private ScheduledFuture<?> ticker;

    /** Catches up every site and starts the tick; called once the sites are online. */
    public synchronized void start() {
        if (ticker == null) {
            ticker = scheduler.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        requestDrain(written.site());
    }

    /** Drains a site's due outbox entries soon, on another thread. */
    public void requestDrain(TenantSlug site) {
        queue(site).request();
    }

    /** Never throws: a scheduled task that throws is never run again. */
    private void tick() {
        try {
            Instant now = clock.instant();
            sweep.due(now, directory::all).forEach(this::catchUp);
            queues.values().stream().filter(queue -> queue.isDue(now)).forEach(SiteQueue::request);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The search indexing tick failed; it runs again in a second", e);
        }
    }

    private void catchUp(TenantSnapshot site) {
        try {
            SiteIndex index = engine.index(site.slug());
            if (index.needsRebuild() && rebuilds.progress(site.slug()).map(p -> !p.running()).orElse(true)) {
                LOG.info(() -> "The search index of " + site.slug() + " is new or was left incomplete; rebuilding it");
                rebuilds.start(site);
            }
            requestDrain(site.slug());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not check the search index of " + site.slug(), e);
        }
    }

    private SiteQueue queue(TenantSlug site) {
        return queues.computeIfAbsent(site, SiteQueue::new);
    }

    @PreDestroy
    synchronized void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
    }

    /** One site's drains: at most one running and one waiting, whatever the number of requests. */
    private final class SiteQueue {

        private final TenantSlug site;
        private final AtomicBoolean waiting = new AtomicBoolean();
        private volatile Instant nextDue;

        SiteQueue(TenantSlug site) {
            this.site = site;
        }

        boolean isDue(Instant now) {
            Instant due = nextDue;
            return due != null && !now.isBefore(due);
        }

        void request() {
            if (waiting.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }

        private void drain() {
            synchronized (this) {
                waiting.set(false);
                Optional<TenantSnapshot> tenant = directory.find(site);
                if (tenant.isEmpty()) {
                    nextDue = null;
                    return;
                }
                try {
                    OutboxDrain.DrainOutcome outcome;
                    do {
                        outcome = drain.drainRound(tenant.get(), engine.index(site));
                    } while (outcome.moreDue());
                    nextDue = outcome.nextDue().orElse(null);
                } catch (Exception e) {
                    nextDue = clock.instant().plus(RETRY_AFTER_FAILURE);
                    LOG.log(Level.SEVERE, "Could not update the search index of " + site + "; retrying in "
                            + RETRY_AFTER_FAILURE.toSeconds() + " s", e);
                }
            }
        }
    }
}
