package la.gov.gweb.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.web.i18n.Messages;

/**
 * Refused changes as JSON: {@code {"message": ..., "problems": [{"field", "message"}]}} with
 * 400 (invalid), 403 (not allowed, or no token), 404 (not on this site) or 409 (edited by
 * someone else meanwhile).
 */
@Provider
public class ApiErrors implements ExceptionMapper<RejectedException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(RejectedException refused) {
        Language language = Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        JsonArrayBuilder problems = Json.createArrayBuilder();
        for (Problem problem : refused.problems()) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("message", Messages.text(language, problem));
            if (problem.field() != null) {
                entry.add("field", problem.field());
            }
            problems.add(entry);
        }
        int status = refused instanceof ApiCaller.NotSignedInException ? 401 : switch (refused.reason()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder()
                        .add("message", Messages.text(language, refused.problems().get(0)))
                        .add("problems", problems)
                        .build())
                .build();
    }
}
