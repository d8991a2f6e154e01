package la.gov.gweb.account;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Who is signed in for this request, set by the authentication mechanism; empty for the public. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    public void set(Caller signedIn) {
        this.caller = signedIn;
    }

    public Optional<Caller> find() {
        return Optional.ofNullable(caller);
    }
}
