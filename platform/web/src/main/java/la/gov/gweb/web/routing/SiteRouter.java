package la.gov.gweb.web.routing;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.web.cache.PublicPages;
import la.gov.gweb.web.findable.SiteDocuments;
import la.gov.gweb.web.tenancy.TenantFilter;

/**
 * Maps the clean URLs of a site to its views: parses the path, loads what it shows and forwards
 * to the Facelets view, or renders the site's 404 page, all through the page cache; robots.txt,
 * the sitemap and the feeds likewise. Views are never reachable by their own file names, and
 * files, Faces resources, the console and the API pass straight through, never cached.
 */
public class SiteRouter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final List<String> PASS_THROUGH = List.of("/jakarta.faces.resource/", "/files/", "/media/",
            "/api/", "/admin/", "/openapi");
    private static final String PORTAL_VIEW = "/WEB-INF/views/portal.xhtml";
    private static final String PORTAL_SEARCH_VIEW = "/WEB-INF/views/portal-search.xhtml";
    /** The one API of the portal host: every other resource belongs to a site. */
    private static final String PORTAL_API = "/api/v1/search";

    @Inject
    CurrentRoute currentRoute;

    @Inject
    PublicPages pages;

    @Inject
    SiteDocuments documents;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (request.getAttribute(TenantFilter.PORTAL) != null) {
            if (path.equals("/") || path.isEmpty()) {
                request.getRequestDispatcher(PORTAL_VIEW).forward(request, response);
            } else if (path.equals("/" + RouteParser.SEARCH)) {
                request.getRequestDispatcher(PORTAL_SEARCH_VIEW).forward(request, response);
            } else if (path.startsWith("/files/") || path.startsWith("/media/")
                    || path.startsWith("/api/") && !path.equals(PORTAL_API)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (path.equals("/admin") || path.equals("/admin/")) {
            response.sendRedirect(request.getContextPath() + "/admin/index");
            return;
        }
        if (PASS_THROUGH.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> canonical = RouteParser.canonicalRedirect(path);
        if (canonical.isPresent()) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + canonical.get() + (query == null ? "" : "?" + query));
            return;
        }
        Optional<PublicPages.Renderer> document = documents.find(request, path);
        if (document.isPresent()) {
            pages.serve(request, response, path, true, document.get());
            return;
        }
        Route route = path.endsWith(".xhtml") ? Route.notFound(Language.DEFAULT, path) : RouteParser.parse(path);
        pages.serve(request, response, path, route.view() != View.SEARCH, target -> {
            Optional<ListQuery> query = listQuery(route, request);
            if (query.isPresent() && currentRoute.load(route, query.get())) {
                request.getRequestDispatcher(route.view().viewId()).forward(request, target);
            } else {
                NotFoundPage.render(request, target, currentRoute, route);
            }
        });
    }

    /** Only lists read query parameters; any other page ignores them, as tracking parameters must be. */
    private static Optional<ListQuery> listQuery(Route route, HttpServletRequest request) {
        return switch (route.view()) {
            case LIST -> ListQuery.parse(request.getParameter("page"), null, null);
            case LEGAL_REGISTER -> ListQuery.parse(request.getParameter("page"), request.getParameter("type"),
                    request.getParameter("year"));
            default -> Optional.of(ListQuery.FIRST_PAGE);
        };
    }
}
