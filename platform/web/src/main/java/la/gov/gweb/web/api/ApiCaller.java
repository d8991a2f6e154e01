package la.gov.gweb.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.CurrentCaller;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.web.tenancy.TenantFilter;

/** The signed-in caller of an API request, or an anonymous reader. */
@RequestScoped
public class ApiCaller {

    @Inject
    CurrentCaller currentCaller;

    public Optional<Caller> find() {
        return currentCaller.find();
    }

    /** The caller, or a refusal that the API answers with 401. */
    public Caller required() {
        return currentCaller.find().orElseThrow(() -> new NotSignedInException());
    }

    /**
     * The platform admin calling the platform API, which exists on the portal host only: elsewhere
     * it is not found, without a token 401, with anyone else's token 403.
     */
    public Caller platformAdmin(HttpServletRequest request) {
        if (request.getAttribute(TenantFilter.PORTAL) == null) {
            throw new RejectedException(Reason.NOT_FOUND, Problem.of(null, "platform.portalOnly"));
        }
        Caller caller = required();
        Access.requirePlatformAdmin(caller);
        return caller;
    }

    /** The request's JSON body, refused as malformed when there is none. */
    public static JsonObject body(JsonObject body) {
        if (body == null) {
            throw ContentJson.malformed("a JSON object is required");
        }
        return body;
    }

    /** Thrown when a call needs a token and has none. */
    public static final class NotSignedInException extends RejectedException {
        private static final long serialVersionUID = 1L;

        NotSignedInException() {
            super(Reason.FORBIDDEN, Problem.of(null, "auth.required"));
        }
    }
}
