package la.gov.gweb.web.routing;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import la.gov.gweb.i18n.Language;

/** Renders the site's own 404 page, in its layout and the reader's language. */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    public static void render(HttpServletRequest request, HttpServletResponse response, CurrentRoute currentRoute,
                              Route route) throws IOException, ServletException {
        currentRoute.notFound(route);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        request.getRequestDispatcher(View.NOT_FOUND.viewId()).forward(request, response);
    }

    /** For paths outside the routes (files): the 404 page in the default language. */
    public static void render(HttpServletRequest request, HttpServletResponse response, CurrentRoute currentRoute)
            throws IOException, ServletException {
        render(request, response, currentRoute, Route.notFound(Language.DEFAULT, request.getRequestURI()));
    }
}
