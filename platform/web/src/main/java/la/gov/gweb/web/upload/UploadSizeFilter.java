package la.gov.gweb.web.upload;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
            UploadRefusals.json(response, status, message);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            UploadRefusals.facesMessage(response, message);
        } else {
            UploadRefusals.page(response, status, message, language);
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()));
    }

    /** The three forms of the refusal. */
    static final class UploadRefusals {

        private UploadRefusals() {
        }

        static void json(HttpServletResponse response, int status, String message) throws IOException {
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            write(response, Json.createObjectBuilder().add("message", message)
                    .add("problems", Json.createArrayBuilder().add(Json.createObjectBuilder().add("message", message)))
                    .build().toString());
        }

        /**
         * A partial response, so the PrimeFaces uploader handles it like its own: the message joins
         * the page's messages and the other files of the same selection go on uploading.
         */
        static void facesMessage(HttpServletResponse response, String message) throws IOException {
            String text = Json.createValue(message).toString().replace("]]>", "]]\\u003E").replace("</", "<\\/");
            String script = "(function(t){var m=document.getElementById('messages');if(!m){alert(t);return;}"
                    + "var d=document.createElement('div');d.className='ui-messages-error ui-corner-all';"
                    + "var s=document.createElement('span');s.className='ui-messages-error-summary';s.textContent=t;"
                    + "d.appendChild(s);m.appendChild(d);})(" + text + ");";
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml;charset=UTF-8");
            write(response, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes><eval><![CDATA["
                    + script + "]]></eval></changes></partial-response>");
        }

        static void page(HttpServletResponse response, int status, String message, Language language) throws IOException {
            response.setStatus(status);
            response.setContentType("text/html;charset=UTF-8");
            String escaped = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            write(response, "<!DOCTYPE html><html lang=\"" + language.code() + "\"><meta charset=\"utf-8\"><title>"
                    + escaped + "</title><p>" + escaped + "</p><p><a href=\"javascript:history.back()\">&larr;</a></p></html>");
        }

        private static void write(HttpServletResponse response, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
