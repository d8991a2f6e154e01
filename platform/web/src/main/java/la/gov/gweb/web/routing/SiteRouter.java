package la.gov.gweb.web.routing;

import jakarta.inject.Inject;
import jakarta.json.Json;
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
import la.gov.gweb.web.i18n.Messages;
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
    /** The APIs of the portal host: search, tokens and the platform API; every other resource belongs to a site. */
    private static final List<String> PORTAL_API = List.of("/api/v1/search", "/api/v1/auth/tokens");
    private static final String PLATFORM_API = "/api/v1/platform/";
    /** The platform console's pages: served on the portal host only, as the site console's are on sites only. */
    private static final String PLATFORM_CONSOLE = "/admin/platform/";
    private static final String LOGIN_PAGE = "/admin/login";

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
            if (path.equals("/") || path.isEmpty() || path.equals("/en/")) {
                request.getRequestDispatcher(PORTAL_VIEW).forward(request, response);
            } else if (path.equals("/en")) {
                response.sendRedirect(request.getContextPath() + "/en/");
            } else if (path.equals("/" + RouteParser.SEARCH)) {
                request.getRequestDispatcher(PORTAL_SEARCH_VIEW).forward(request, response);
            } else if (path.equals("/admin") || path.equals("/admin/")) {
                response.sendRedirect(request.getContextPath() + PLATFORM_CONSOLE + "sites");
            } else if (path.startsWith("/api/") && !PORTAL_API.contains(path) && !path.startsWith(PLATFORM_API)) {
                apiNotFound(request, response);
            } else if (path.startsWith("/files/") || path.startsWith("/media/")
                    || path.startsWith("/admin/") && !path.startsWith(PLATFORM_CONSOLE) && !path.equals(LOGIN_PAGE)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (path.startsWith(PLATFORM_API)) {
            apiNotFound(request, response);
            return;
        }
        if (path.equals("/admin") || path.equals("/admin/")) {
            response.sendRedirect(request.getContextPath() + "/admin/index");
            return;
        }
        if (path.startsWith(PLATFORM_CONSOLE)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
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

    /**
     * An API path that does not exist on this host, answered as the API answers: JSON in the
     * caller's language. (An error page would be dispatched with the request's method, and the
     * container refuses a POST to a static page with 403.)
     */
    private static void apiNotFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("message", Messages.text(language, "request.notFound", HttpServletResponse.SC_NOT_FOUND))
                .build().toString());
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
