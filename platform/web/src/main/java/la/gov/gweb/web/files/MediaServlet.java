package la.gov.gweb.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import la.gov.gweb.media.MediaTypes;
import la.gov.gweb.media.SiteFiles;
import la.gov.gweb.media.StorageKey;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.web.routing.CurrentRoute;
import la.gov.gweb.web.routing.NotFoundPage;

/** Serves the current site's public images ({@code /media/...}): logos and lead images. */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SiteFiles files;

    @Inject
    CurrentRoute currentRoute;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String key = "media" + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Path> file = currentTenant.find().filter(tenant -> StorageKey.isValid(key))
                .flatMap(tenant -> files.find(tenant.slug(), new StorageKey(key)));
        if (file.isEmpty()) {
            NotFoundPage.render(request, response, currentRoute);
            return;
        }
        FileResponses.send(request, response, file.get(), MediaTypes.byFileName(key), null, "public, max-age=86400");
    }
}
