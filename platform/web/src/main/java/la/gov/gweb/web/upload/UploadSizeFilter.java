package la.gov.gweb.web.upload;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.web.console.ConsoleLanguage;
import la.gov.gweb.web.i18n.Messages;

/**
 * Refuses a multipart upload by its declared length, before the container reads a byte of it:
 * otherwise a 2 GB upload would be read up to the container's own limit and end on an error
 * page. The console sends one file per request, so its limit is one file; the API may send a
 * few at once. The refusal is in the user's language and in the form the caller can show: a
 * Faces partial response that adds the message to the page, JSON for the API, else a small page.
 */
@WebFilter(urlPatterns = {"/admin/*", "/api/v1/media", "/api/v1/media/*"})
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Room for the form's other fields and the multipart headers around the file. */
    static final long ENVELOPE_BYTES = 256 * 1024;
    /** How many files of the largest size one API request may carry. */
    static final int API_FILES_PER_REQUEST = 4;

    @Inject
    PlatformSettings settings;

    @Inject
    ConsoleLanguage consoleLanguage;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        long limit = settings.maxUploadBytes() * (api ? API_FILES_PER_REQUEST : 1) + ENVELOPE_BYTES;
        long length = request.getContentLengthLong();
        if (length >= 0 && length <= limit) {
            chain.doFilter(request, response);
            return;
        }
        Language language = api ? Messages.fromAcceptLanguage(request.getHeader("Accept-Language"))
                : consoleLanguage.getLanguage();
        String message = length < 0 ? Messages.text(language, "upload.lengthRequired")
                : Messages.text(language, "upload.tooLarge", settings.maxUploadBytes() / (1024 * 1024));
        int status = length < 0 ? HttpServletResponse.SC_LENGTH_REQUIRED : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
        response.setHeader("Connection", "close");
        if (api) {
            UploadRefusalResponses.json(response, status, message);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            UploadRefusalResponses.facesMessage(response, message);
        } else {
            UploadRefusalResponses.page(response, status, message, language);
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()));
    }
}
