package la.gov.gweb.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import la.gov.gweb.content.Attachment;
import la.gov.gweb.content.PublishedContent;
import la.gov.gweb.media.SiteFiles;
import la.gov.gweb.media.StorageKey;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.web.routing.CurrentRoute;
import la.gov.gweb.web.routing.NotFoundPage;

/**
 * Downloads an attachment of a published item: {@code /files/{id}/{file name}}. The id is
 * looked up in the current site's own schema, so another site's attachment ids find nothing.
 */
@WebServlet("/files/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PublishedContent content;

    @Inject
    SiteFiles files;

    @Inject
    CurrentRoute currentRoute;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<Attachment> attachment = attachmentId(request.getPathInfo()).flatMap(content::attachment);
        Optional<Path> file = attachment.flatMap(found -> files.find(currentTenant.get().slug(),
                new StorageKey(found.storageKey())));
        if (file.isEmpty()) {
            NotFoundPage.render(request, response, currentRoute);
            return;
        }
        String encodedName = URLEncoder.encode(attachment.get().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        FileResponses.send(request, response, file.get(), attachment.get().mediaType(),
                "attachment; filename*=UTF-8''" + encodedName, "public, max-age=300");
    }

    /** The id from {@code /{id}/{name}}; the name is only there for a readable URL. */
    private static Optional<Long> attachmentId(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        String[] parts = pathInfo.split("/");
        if (parts.length != 3 || parts[1].isEmpty() || parts[1].length() > 18
                || !parts[1].chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(parts[1]));
    }
}
