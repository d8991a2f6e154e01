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
import la.gov.gweb.media.ImageVariants;
import la.gov.gweb.media.MediaTypes;
import la.gov.gweb.media.SiteFiles;
import la.gov.gweb.media.StorageKey;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.web.routing.CurrentRoute;
import la.gov.gweb.web.routing.NotFoundPage;

/**
 * Serves the current site's media ({@code /media/...}): logos, lead images, library files.
 * {@code ?w=480} asks for an image at least that wide: the smallest stored variant that is (480,
 * 960 or 1600 pixels), else the original, which is also what any other or malformed value gets.
 * A replaced file keeps its URL, so responses are stored but revalidated on every use
 * ({@code no-cache}): the ETag and Last-Modified make that a 304 until the content changes.
 */
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
        Path served = requestedWidth(request).flatMap(width -> ImageVariants.find(file.get(), width)).orElse(file.get());
        FileResponses.send(request, response, served, MediaTypes.byFileName(served.getFileName().toString()), null, "public, no-cache");
    }

    private static Optional<Integer> requestedWidth(HttpServletRequest request) {
        String width = request.getParameter("w");
        if (width == null || width.isEmpty() || width.length() > 5 || !width.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(width));
    }
}
