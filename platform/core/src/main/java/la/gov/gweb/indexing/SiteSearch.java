package la.gov.gweb.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import la.gov.gweb.search.SearchHit;
import la.gov.gweb.search.SearchQuery;
import la.gov.gweb.search.SearchResults;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * What the public searches: one site's index, or the indexes of every active site together for
 * the government-wide search. The indexes hold only what the public sees.
 */
@ApplicationScoped
public class SiteSearch {

    @Inject
    SearchEngine engine;

    @Inject
    TenantDirectory directory;

    public SearchResults search(TenantSnapshot site, SearchQuery query) {
        try {
            return engine.index(site.slug()).search(query);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search site " + site.slug(), e);
        }
    }

    /** The site a hit belongs to, if it still exists. */
    public Optional<TenantSnapshot> siteOf(SearchHit hit) {
        return TenantSlug.isValid(hit.site()) ? directory.find(TenantSlug.of(hit.site())) : Optional.empty();
    }

    /** Searches all active sites as one; suspended sites are left out. */
    public SearchResults searchActiveSites(SearchQuery query) {
        List<String> active = directory.all().stream()
                .filter(TenantSnapshot::isActive)
                .map(TenantSnapshot::slug)
                .map(TenantSlug::value)
                .toList();
        try {
            return engine.indexes().searchAll(active, query);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search the active sites", e);
        }
    }
}
