package la.gov.gweb.publishing;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten seconds, applies the scheduled changes that fell due, including those that fell
 * due while the platform was down. Each runs on the managed executor, where it gets a request
 * context of its own (a timer callback has one shared request context for all of them).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledChangeRunner {

    private static final Logger LOG = Logger.getLogger(ScheduledChangeRunner.class.getName());

    @Inject
    ScheduledChanges scheduled;

    @Inject
    ScheduledChangeApplier applier;

    @Resource
    ManagedExecutorService executor;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void applyDueChanges() {
        for (ScheduledChange change : scheduled.due(Instant.now())) {
            try {
                executor.submit(() -> applier.apply(change)).get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(Level.SEVERE, "Could not apply scheduled change " + change.id() + "; retried next time", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
