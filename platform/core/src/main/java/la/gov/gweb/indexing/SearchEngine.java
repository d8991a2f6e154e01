package la.gov.gweb.indexing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.search.SiteIndex;
import la.gov.gweb.search.SiteIndexes;
import la.gov.gweb.search.extract.AttachmentExtractor;
import la.gov.gweb.tenant.TenantSlug;

/**
 * The application's one set of open site indexes, under {@code <data>/sites/<slug>/index} beside
 * each site's files, and its one attachment extractor. Lucene allows a single writer per index,
 * so nothing else may open them.
 */
@ApplicationScoped
public class SearchEngine {

    private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());

    @Inject
    PlatformSettings settings;

    private SiteIndexes indexes;
    private AttachmentExtractor extractor;

    @PostConstruct
    void open() {
        indexes = new SiteIndexes(settings.dataDir().resolve("sites"));
        extractor = new AttachmentExtractor(settings.maxUploadBytes(), AttachmentExtractor.DEFAULT_MAX_CHARS,
                AttachmentExtractor.DEFAULT_TIMEOUT);
    }

    /** The index of a site, opened (or created empty) on first use. */
    public SiteIndex index(TenantSlug site) {
        try {
            return indexes.site(site.value());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index of " + site, e);
        }
    }

    /** Closes a site's index and removes it from the disk. */
    public void delete(TenantSlug site) {
        try {
            indexes.delete(site.value());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the search index of " + site, e);
        }
    }

    public SiteIndexes indexes() {
        return indexes;
    }

    public AttachmentExtractor extractor() {
        return extractor;
    }

    @PreDestroy
    void close() {
        extractor.close();
        try {
            indexes.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not close the search indexes cleanly; they recover at the next start", e);
        }
    }
}
