package la.gov.gweb.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.CurrentCaller;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;

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

    /** Thrown when a call needs a token and has none. */
    public static final class NotSignedInException extends RejectedException {
        private static final long serialVersionUID = 1L;

        NotSignedInException() {
            super(Reason.FORBIDDEN, Problem.of(null, "auth.required"));
        }
    }
}
