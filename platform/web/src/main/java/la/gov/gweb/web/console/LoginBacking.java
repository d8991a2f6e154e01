package la.gov.gweb.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import la.gov.gweb.account.LoginThrottle;

/** {@code /admin/login}: signs a member of this site in to its console, or a platform admin in to the platform console. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    ExternalContext external;

    @Inject
    LoginThrottle throttle;

    @Inject
    ConsoleMessages messages;

    @Inject
    ConsoleScope scope;

    private String username;
    private String password;

    public void login() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + scope.getHome());
            return;
        }
        Optional<Long> wait = throttle.waitFor(username, request.getRemoteAddr()).map(d -> Math.max(1, d.toSeconds()));
        if (wait.isPresent()) {
            messages.error("auth.throttled", wait.get());
        } else {
            messages.error(scope.isPlatform() ? "auth.invalid.platform" : "auth.invalid");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
