package la.gov.gweb.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.web.i18n.Messages;

/**
 * Everything else as JSON without internals: HTTP errors keep their status, malformed JSON is
 * 400, a lost race on the same item is 409, and anything unexpected is logged and answered 500.
 */
@Provider
public class UnexpectedErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable error) {
        Language language = Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        if (error instanceof WebApplicationException http) {
            int status = http.getResponse().getStatus();
            String key = status == 404 ? "request.notFound" : status < 500 ? "request.malformed" : "request.failed";
            return json(status, Messages.text(language, key, status));
        }
        if (causedBy(error, JsonException.class)) {
            return json(400, Messages.text(language, "request.malformed", error.getMessage()));
        }
        if (causedBy(error, OptimisticLockException.class)) {
            return json(409, Messages.text(language, "content.conflict", "?"));
        }
        LOG.log(Level.SEVERE, "Unexpected error in " + request.getMethod() + " " + request.getRequestURI(), error);
        return json(500, Messages.text(language, "request.failed"));
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Response json(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder().add("message", message).build())
                .build();
    }
}
