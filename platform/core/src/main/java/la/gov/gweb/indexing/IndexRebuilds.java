package la.gov.gweb.indexing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.persistence.TenantStores;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Rebuilds whole site indexes from the database in the background, one run per site at a time.
 * Searches keep answering from the old index until the new one is complete, and changes made
 * meanwhile reach both (see {@link la.gov.gweb.search.SiteIndex#rebuild(Iterable)}).
 */
@ApplicationScoped
public class IndexRebuilds {

    private static final Logger LOG = Logger.getLogger(IndexRebuilds.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    SearchEngine engine;

    @Inject
    TenantStores stores;

    @Inject
    AttachmentTexts attachmentTexts;

    private final Clock clock = Clock.systemUTC();
    private final Map<TenantSlug, RebuildProgress> latest = new ConcurrentHashMap<>();

    /** Starts rebuilding a site's index, or returns the rebuild of it that already runs. */
    public RebuildProgress start(TenantSnapshot site) {
        RebuildProgress fresh = new RebuildProgress(site.slug(), clock.instant());
        RebuildProgress current = latest.compute(site.slug(),
                (slug, previous) -> previous != null && previous.running() ? previous : fresh);
        if (current == fresh) {
            executor.execute(() -> run(site, fresh));
        }
        return current;
    }

    /** The running or last rebuild of a site since the platform started. */
    public Optional<RebuildProgress> progress(TenantSlug site) {
        return Optional.ofNullable(latest.get(site));
    }

    /**
     * Rebuilds a site's index in the calling thread, for a site that must be searchable as soon as
     * the call returns (an imported one); returns the items indexed.
     */
    public int rebuildNow(TenantSnapshot site) {
        try {
            return rebuild(site, new RebuildProgress(site.slug(), clock.instant()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rebuild the search index of " + site.slug(), e);
        }
    }

    private int rebuild(TenantSnapshot site, RebuildProgress progress) throws IOException {
        VisibleDocuments documents = new VisibleDocuments(site, stores, attachmentTexts, progress, clock.instant());
        progress.expect(documents.count());
        int indexed = engine.index(site.slug()).rebuild(documents);
        progress.finish(RebuildProgress.State.DONE, clock.instant());
        LOG.info(() -> "Rebuilt the search index of " + site.slug() + ": " + indexed + " items");
        return indexed;
    }

    private void run(TenantSnapshot site, RebuildProgress progress) {
        try {
            rebuild(site, progress);
        } catch (Exception e) {
            progress.finish(RebuildProgress.State.FAILED, clock.instant());
            LOG.log(Level.SEVERE, "Could not rebuild the search index of " + site.slug()
                    + "; searches go on with the old one", e);
        }
    }
}
