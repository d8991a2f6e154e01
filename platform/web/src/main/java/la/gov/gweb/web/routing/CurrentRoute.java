package la.gov.gweb.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.LegalFilter;
import la.gov.gweb.content.PublishedContent;
import la.gov.gweb.content.ResultPage;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.web.site.PublicPaths;

/**
 * The route of this request and what it shows, loaded once by the router before the view
 * renders, so that the view only displays and a missing item was already answered with 404.
 */
@Named("route")
@RequestScoped
public class CurrentRoute {

    static final int LIST_SIZE = 10;
    static final int REGISTER_SIZE = 20;

    @Inject
    PublishedContent content;

    private Route route;
    private ContentItem item;
    private ResultPage<ContentItem> results;
    private LegalFilter filter = LegalFilter.NONE;

    /** Loads what the route shows; false when that does not exist, which the router answers with 404. */
    boolean load(Route parsed, ListQuery query) {
        this.route = parsed;
        return switch (parsed.view()) {
            case HOME, SEARCH -> true;
            case PAGE, ITEM, LEGAL_DOCUMENT -> {
                item = content.find(parsed.type(), parsed.key()).orElse(null);
                yield item != null;
            }
            case LIST -> {
                results = content.list(parsed.type(), query.page(), LIST_SIZE);
                yield query.page() == 1 || query.page() <= results.totalPages();
            }
            case LEGAL_REGISTER -> {
                filter = query.filter();
                results = content.legalRegister(filter, query.page(), REGISTER_SIZE);
                yield query.page() == 1 || query.page() <= results.totalPages();
            }
            case NOT_FOUND -> false;
        };
    }

    /** Shows an item whatever its status, for a member's preview; returns the route it is shown at. */
    public Route preview(ContentItem previewed, Language language) {
        View view = switch (previewed.type()) {
            case PAGE -> View.PAGE;
            case LEGAL_DOCUMENT -> View.LEGAL_DOCUMENT;
            default -> View.ITEM;
        };
        String sitePath = PublicPaths.of(previewed, Language.DEFAULT);
        this.route = new Route(language, view, previewed.type(), previewed.slug(), sitePath);
        this.item = previewed;
        return route;
    }

    /** Turns this request into the not-found page of the route's language. */
    public void notFound(Route parsed) {
        this.route = Route.notFound(parsed.language(), parsed.sitePath());
        this.item = null;
        this.results = null;
    }

    public Route getRoute() {
        return route;
    }

    public ContentItem getItem() {
        return item;
    }

    public ResultPage<ContentItem> getResults() {
        return results;
    }

    public LegalFilter getFilter() {
        return filter;
    }
}
