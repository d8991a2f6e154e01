package la.gov.gweb.web.errors;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.tenant.CurrentTenant;

/**
 * The container's page for a 500 (see {@code web.xml}): a site's reader asking for a page gets
 * it in the site's layout; the portal, form posts (the console) and requests for no site get the
 * plain bilingual page, which needs no view state and no site; so does a reader when the layout
 * itself fails. Never reachable from outside:
 * the router answers every public path before a servlet does.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/gweb-error/500";
    private static final String LAYOUT_VIEW = "/WEB-INF/views/error.xhtml";
    private static final String PLAIN_PAGE = "/WEB-INF/errors/500.html";

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Inject
    CurrentTenant currentTenant;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean readerOfASite = currentTenant.find().isPresent() && "GET".equals(request.getMethod())
                && !String.valueOf(failedUri).startsWith(request.getContextPath() + "/admin/");
        if (readerOfASite && renderedInLayout(request, response)) {
            return;
        }
        request.getRequestDispatcher(PLAIN_PAGE).forward(request, response);
    }

    /** False when the layout itself fails (the same fault may break it): the plain page goes out instead. */
    private static boolean renderedInLayout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        BufferedResponse page = new BufferedResponse(response);
        try {
            request.getRequestDispatcher(LAYOUT_VIEW).include(request, page);
        } catch (ServletException | RuntimeException failed) {
            LOG.log(Level.WARNING, "The 500 page failed in the site's layout; the plain one was sent", failed);
            return false;
        }
        page.send();
        return true;
    }
}
