package la.gov.gweb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.indexing.SearchEngine;
import la.gov.gweb.persistence.TenantStores;
import la.gov.gweb.search.SiteIndex;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * Measures sites for the platform console and keeps each measure for half a minute, so that a
 * list of hundreds of sites refreshed by several admins walks each folder and schema rarely.
 */
@ApplicationScoped
public class SiteMeasurements {

    private static final Logger LOG = Logger.getLogger(SiteMeasurements.class.getName());

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    @Inject
    TenantStores stores;

    @Inject
    SearchEngine engine;

    @Inject
    PlatformSettings settings;

    private final Clock clock = Clock.systemUTC();
    private final Map<TenantSlug, SiteFigures> measured = new ConcurrentHashMap<>();

    public SiteFigures of(TenantSnapshot site) {
        Instant now = clock.instant();
        SiteFigures known = measured.get(site.slug());
        if (known != null && known.measuredAt().plus(FRESH_FOR).isAfter(now)) {
            return known;
        }
        SiteFigures fresh = measure(site, now);
        measured.put(site.slug(), fresh);
        return fresh;
    }

    /** Forgets a site's figures, after a change that makes them wrong (deletion, import). */
    public void forget(TenantSlug site) {
        measured.remove(site);
    }

    private SiteFigures measure(TenantSnapshot site, Instant now) {
        long items = 0;
        long published = 0;
        Instant lastPublish = null;
        boolean storeReadable = true;
        EntityManager em = stores.open(site);
        try {
            for (Object[] row : em.createQuery("select c.status, count(c) from ContentItem c group by c.status",
                    Object[].class).getResultList()) {
                long count = ((Number) row[1]).longValue();
                items += count;
                published += row[0] == ContentStatus.PUBLISHED ? count : 0;
            }
            lastPublish = em.createQuery("select c.publishedAt from ContentItem c where c.status = :published"
                            + " and c.publishedAt <= :now order by c.publishedAt desc", Instant.class)
                    .setParameter("published", ContentStatus.PUBLISHED)
                    .setParameter("now", now)
                    .setMaxResults(1)
                    .getResultStream().findFirst().orElse(null);
        } catch (PersistenceException unreadable) {
            LOG.log(Level.WARNING, unreadable, () -> "The store of " + site.slug() + " cannot be read");
            storeReadable = false;
        } finally {
            em.close();
        }
        SiteIndex index = engine.index(site.slug());
        try {
            return new SiteFigures(items, published, bytes(settings.dataDir().resolve("sites").resolve(site.slug().value())),
                    lastPublish, index.documentCount(), index.needsRebuild(), storeReadable, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of every file under a folder; files removed while it is walked count as nothing. */
    static long bytes(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(SiteMeasurements::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException gone) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
