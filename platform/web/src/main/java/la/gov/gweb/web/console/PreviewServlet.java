package la.gov.gweb.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import la.gov.gweb.account.CurrentCaller;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.publishing.ContentEditor;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.web.routing.CurrentRoute;
import la.gov.gweb.web.routing.NotFoundPage;

/**
 * {@code /admin/preview/{id}} ({@code ?lang=en}): an item in any status shown in the real site
 * layout, for members only (it lives under {@code /admin}), never cached and never indexed.
 */
@WebServlet("/admin/preview/*")
public class PreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentEditor editor;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CurrentRoute currentRoute;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Language language = Language.fromCode(request.getParameter("lang")).orElse(Language.DEFAULT);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        try {
            if (!id.matches("\\d{1,18}") || currentCaller.find().isEmpty()) {
                NotFoundPage.render(request, response, currentRoute);
                return;
            }
            ContentItem item = editor.find(currentCaller.find().get(), Long.parseLong(id));
            request.getRequestDispatcher(currentRoute.preview(item, language).view().viewId()).forward(request, response);
        } catch (RejectedException refused) {
            NotFoundPage.render(request, response, currentRoute);
        }
    }
}
