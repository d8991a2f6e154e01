package la.gov.gweb.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.ResultPage;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.i18n.LocalizedDates;
import la.gov.gweb.indexing.SiteSearch;
import la.gov.gweb.search.SearchHit;
import la.gov.gweb.search.SearchQuery;
import la.gov.gweb.search.SearchResults;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.web.routing.CurrentRoute;
import la.gov.gweb.web.site.Links;
import la.gov.gweb.web.site.SiteUrls;

/**
 * {@code #{searchPage}}: the search page of a site, or of the portal across every active site.
 * Reads {@code q}, {@code type}, {@code year}, {@code sort} and {@code page} from the URL, so
 * that it works without JavaScript and every result page can be bookmarked; values that make no
 * sense are left out rather than refused.
 */
@Named("searchPage")
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 10;

    /** The year filter offers the years since the first item could be online. */
    private static final int FIRST_YEAR = 2000;

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentRoute currentRoute;

    @Inject
    SiteSearch search;

    private SearchParameters parameters;
    private SearchResults results;

    public String getText() {
        return parameters().query().text();
    }

    public String getType() {
        return parameters().query().type();
    }

    public Integer getYear() {
        return parameters().query().year();
    }

    public boolean isByDate() {
        return parameters().query().sort() == SearchQuery.SortOrder.DATE;
    }

    /** Whether the reader asked anything: an empty box shows the help, not "no results". */
    public boolean isAsked() {
        return !getText().isBlank();
    }

    public List<ContentType> getTypes() {
        return List.of(ContentType.values());
    }

    public List<Integer> getYears() {
        int now = Year.now(LocalizedDates.VIENTIANE).getValue();
        return IntStream.rangeClosed(FIRST_YEAR, now).map(year -> now - year + FIRST_YEAR).boxed().toList();
    }

    /** The page of hits as the pagination tag expects it; empty when nothing was asked. */
    public ResultPage<SearchHit> getResults() {
        SearchResults found = results();
        int page = parameters().query().offset() / PAGE_SIZE + 1;
        long pageable = Math.min(found.total(), SearchQuery.MAX_OFFSET);
        return new ResultPage<>(found.hits(), page, PAGE_SIZE, pageable);
    }

    public long getTotal() {
        return results().total();
    }

    public boolean isTotalExact() {
        return results().totalExact();
    }

    public boolean isTextTruncated() {
        return results().textTruncated();
    }

    /** Where a hit is read: on this site in the reader's language, or on its own site from the portal. */
    public String link(SearchHit hit) {
        String path = Links.localized(language(), hit.url());
        if (currentTenant.find().isPresent()) {
            return request.getContextPath() + path;
        }
        return search.siteOf(hit).map(site -> SiteUrls.of(request, site, path)).orElse(path);
    }

    /** The name of a hit's site, for the portal's labels. */
    public String siteName(SearchHit hit) {
        return search.siteOf(hit).map(site -> site.names().in(language()).text()).orElse(hit.site());
    }

    /** The other filters of this search as a query string, for the pagination links. */
    public String getFilterQuery() {
        SearchQuery query = parameters().query();
        StringBuilder out = new StringBuilder("&q=").append(encode(query.text()));
        if (query.type() != null) {
            out.append("&type=").append(encode(query.type()));
        }
        if (query.year() != null) {
            out.append("&year=").append(query.year());
        }
        if (isByDate()) {
            out.append("&sort=date");
        }
        return out.toString();
    }

    private SearchResults results() {
        if (results == null) {
            SearchQuery query = parameters().query();
            results = !isAsked() ? new SearchResults(0, true, List.of(), false)
                    : currentTenant.find().map(site -> search.search(site, query))
                            .orElseGet(() -> search.searchActiveSites(query));
        }
        return results;
    }

    private SearchParameters parameters() {
        if (parameters == null) {
            String offset = String.valueOf((pageNumber() - 1) * PAGE_SIZE);
            parameters = SearchParameters.read(request.getParameter("q"), null, request.getParameter("type"),
                    request.getParameter("year"), request.getParameter("sort"), offset, String.valueOf(PAGE_SIZE),
                    language());
        }
        return parameters;
    }

    private int pageNumber() {
        String page = request.getParameter("page");
        if (page == null || page.isEmpty() || page.length() > 4 || !page.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 1;
        }
        return Math.max(1, Math.min(Integer.parseInt(page), SearchQuery.MAX_OFFSET / PAGE_SIZE));
    }

    private Language language() {
        var route = currentRoute.getRoute();
        return route == null ? Language.DEFAULT : route.language();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
