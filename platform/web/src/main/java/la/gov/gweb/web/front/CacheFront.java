package la.gov.gweb.web.front;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.web.cache.PageCache;
import org.glassfish.grizzly.http.server.HttpServerFilter;

/**
 * Puts the page cache in front of the server's HTTP listeners, and takes it away when the
 * application stops. A cache hit sent from the servlet path spends most of its CPU in the container
 * (security, valves, filters); sent from the listener it skips all of that. The runnable
 * jar opens its listener only after deployment, so the front is tried until a listener is open.
 * Without the front, for instance on a server whose internals changed, the servlet path serves
 * every page as before.
 */
@ApplicationScoped
public class CacheFront {

    private static final Logger LOG = Logger.getLogger(CacheFront.class.getName());
    private static final Duration RETRY = Duration.ofMillis(250);
    private static final Duration GIVE_UP = Duration.ofMinutes(10);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantDirectory directory;

    @Inject
    PlatformSettings settings;

    @Inject
    PageCache cache;

    private final List<FrontHandler> installed = new ArrayList<>();
    private ScheduledFuture<?> attempts;
    private long deadline;
    private boolean stopped;

    synchronized void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (!cache.isEnabled() || attempts != null) {
            return;
        }
        deadline = System.nanoTime() + GIVE_UP.toNanos();
        attempts = scheduler.scheduleWithFixedDelay(this::attempt, 0, RETRY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Never throws: a scheduled task that throws is never run again. */
    private synchronized void attempt() {
        if (stopped) {
            return;
        }
        try {
            FrontPages pages = new FrontPages(directory::resolve, settings.portalHost(), cache::find);
            for (HttpServerFilter filter : PayaraListeners.httpFilters()) {
                FrontHandler.standBefore(filter, pages).ifPresent(installed::add);
            }
            if (!installed.isEmpty()) {
                attempts.cancel(false);
                LOG.info(() -> "Kept pages are sent at the HTTP listener (" + installed.size() + " listener(s))");
            } else if (System.nanoTime() > deadline) {
                attempts.cancel(false);
                LOG.warning("No HTTP listener opened in " + GIVE_UP.toMinutes()
                        + " minutes; kept pages are sent through the servlet container");
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            attempts.cancel(false);
            LOG.log(Level.WARNING, "Could not reach the HTTP listeners; kept pages are sent through the servlet"
                    + " container", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (attempts != null) {
            attempts.cancel(false);
        }
        installed.forEach(FrontHandler::stepAside);
        installed.clear();
    }
}
