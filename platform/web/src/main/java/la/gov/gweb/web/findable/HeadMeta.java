package la.gov.gweb.web.findable;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.web.cache.PageKey;
import la.gov.gweb.web.routing.CurrentRoute;
import la.gov.gweb.web.routing.Route;
import la.gov.gweb.web.routing.View;
import la.gov.gweb.web.site.Links;
import la.gov.gweb.web.site.SiteUrls;

/**
 * {@code #{meta}}: the head tags of a public page. The canonical URL is on the site's primary host;
 * a translation is linked with hreflang only when the item was written in that language; Open
 * Graph and Twitter cards take the item's title, summary and lead image, or the site's name.
 */
@Named("meta")
@RequestScoped
public class HeadMeta {

    /** A link to the same page in another language ({@code x-default} for Lao, the default). */
    public record Alternate(String hreflang, String href) {
    }

    /** A list's Atom feed in the reader's language. */
    public record Feed(String title, String href) {
    }

    private static final String IMAGE_WIDTH = "?w=1600";

    @Inject
    CurrentRoute currentRoute;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    HttpServletRequest request;

    /** False on the 404 page and search results, which carry no canonical URL and no alternates. */
    public boolean isIndexable() {
        Route route = currentRoute.getRoute();
        return route != null && route.view() != View.NOT_FOUND && route.view() != View.SEARCH;
    }

    public String getCanonical() {
        return url(language(), true);
    }

    public List<Alternate> getAlternates() {
        List<Alternate> alternates = new ArrayList<>();
        ContentItem item = currentRoute.getItem();
        for (Language language : Language.values()) {
            if (item == null || item.title().raw(language) != null) {
                alternates.add(new Alternate(language.code(), url(language, true)));
            }
        }
        if (alternates.size() > 1) {
            alternates.add(new Alternate("x-default", url(Language.DEFAULT, true)));
        }
        return alternates.size() > 1 ? alternates : List.of();
    }

    public String getTitle() {
        ContentItem item = currentRoute.getItem();
        return item == null ? getSiteName() : item.title().in(language()).text();
    }

    public String getDescription() {
        ContentItem item = currentRoute.getItem();
        LocalizedText summary = item == null ? null : item.summary();
        return summary == null || summary.isEmpty() ? getSiteName() : summary.in(language()).text();
    }

    public String getImage() {
        ContentItem item = currentRoute.getItem();
        return item == null || item.leadImage() == null ? null
                : SiteUrls.canonical(request, currentTenant.get(), "/" + item.leadImage()) + IMAGE_WIDTH;
    }

    public String getType() {
        return currentRoute.getItem() == null || currentRoute.getItem().type() == ContentType.PAGE ? "website" : "article";
    }

    public String getSiteName() {
        return currentTenant.get().names().in(language()).text();
    }

    public String getLocale() {
        return ogLocale(language());
    }

    public String getAlternateLocale() {
        return ogLocale(language().other());
    }

    public String getTwitterCard() {
        return getImage() == null ? "summary" : "summary_large_image";
    }

    public List<Feed> getFeeds() {
        List<Feed> feeds = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            if (type.segment().isPresent()) {
                feeds.add(new Feed(SiteDocuments.listName(type, language()),
                        request.getContextPath() + SiteDocuments.feedPath(type, language())));
            }
        }
        return feeds;
    }

    private Language language() {
        Route route = currentRoute.getRoute();
        return route == null ? Language.DEFAULT : route.language();
    }

    private String url(Language language, boolean withQuery) {
        Route route = currentRoute.getRoute();
        String path = Links.localized(language, route == null ? "/" : route.sitePath());
        String query = withQuery ? PageKey.pageQuery(request.getParameterMap()) : "";
        return SiteUrls.canonical(request, currentTenant.get(), path) + (query.isEmpty() ? "" : "?" + query);
    }

    private static String ogLocale(Language language) {
        return language == Language.LO ? "lo_LA" : "en_US";
    }
}
