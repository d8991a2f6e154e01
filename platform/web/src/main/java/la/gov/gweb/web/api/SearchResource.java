package la.gov.gweb.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.indexing.SiteSearch;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.search.SearchHit;
import la.gov.gweb.search.SearchQuery;
import la.gov.gweb.search.SearchResults;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.web.search.SearchParameters;
import la.gov.gweb.web.site.Links;
import la.gov.gweb.web.site.SiteUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/search}: the published content of this site, or on the portal host of every
 * active site, each hit then naming its site. Words are never read as query syntax; parameters
 * that make no sense are refused with 400 and a message.
 */
@Path("/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SiteSearch search;

    @Inject
    CurrentTenant currentTenant;


    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Search published content",
            description = "Lao and English words in titles, texts and attached documents; on the portal host, across"
                    + " every active site. Returns {total, hits: [{id, type, title, url, snippet, score}]}; snippets"
                    + " are HTML with the matched words in <mark>.")
    public JsonObject search(@QueryParam("q") String q, @QueryParam("lang") String lang,
                             @QueryParam("type") String type, @QueryParam("year") String year,
                             @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                             @QueryParam("offset") String offset) {
        SearchParameters parameters = SearchParameters.read(q, lang, type, year, sort, offset, limit, null);
        List<Problem> problems = new ArrayList<>(parameters.problems());
        if (q == null || q.isBlank()) {
            problems.add(0, Problem.of("q", "search.query.required"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(Reason.INVALID, problems);
        }
        SearchQuery query = parameters.query();
        Optional<TenantSnapshot> site = currentTenant.find();
        SearchResults results = site.map(current -> search.search(current, query))
                .orElseGet(() -> search.searchActiveSites(query));
        Language language = Language.fromCode(query.language() == null ? "" : query.language())
                .orElse(Language.DEFAULT);
        JsonArrayBuilder hits = Json.createArrayBuilder();
        for (SearchHit hit : results.hits()) {
            hits.add(hit(hit, language, site.isEmpty()));
        }
        return Json.createObjectBuilder()
                .add("total", results.total())
                .add("totalExact", results.totalExact())
                .add("queryTruncated", results.textTruncated())
                .add("hits", hits)
                .build();
    }

    private JsonObject hit(SearchHit hit, Language language, boolean portal) {
        String path = Links.localized(language, hit.url());
        String url = portal ? search.siteOf(hit).map(site -> SiteUrls.of(request, site, path)).orElse(path)
                : SiteUrls.onThisHost(request, path);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", hit.id())
                .add("type", hit.type())
                .add("title", hit.title())
                .add("url", url)
                .add("snippet", hit.snippet())
                .add("score", hit.score())
                .add("date", hit.date().toString());
        if (hit.attachment() != null) {
            json.add("attachment", hit.attachment());
        }
        if (portal) {
            json.add("site", hit.site());
        }
        return json.build();
    }
}
