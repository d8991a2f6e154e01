package la.gov.gweb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import la.gov.gweb.account.Account;
import la.gov.gweb.account.Accounts;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.CurrentCaller;
import la.gov.gweb.account.LoginThrottle;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.audit.ClientAddress;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.tenant.HostName;

/**
 * Signs in callers of the platform API ({@code /api/v1/platform/} on the portal host), which
 * belongs to no site: HTTP Basic credentials of an enabled platform admin, throttled like every
 * sign-in. A site's token means nothing here, so it is refused.
 */
@ApplicationScoped
public class PlatformApiAuthentication {

    static final String PATH = "/api/v1/platform/";

    @Inject
    PlatformSettings settings;

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    ClientAddress clientAddress;

    boolean applies(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PATH) && HostName.fromHostHeader(request.getHeader("Host"))
                .filter(settings.portalHost()::equals).isPresent();
    }

    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        clientAddress.set(request.getRemoteAddr());
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return context.doNothing();
        }
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return ApiChallenge.unauthorized(response, context, request, "auth.platform.invalid");
        }
        Optional<UsernamePasswordCredential> credential = SiteAuthentication.basic(authorization.substring(6).strip());
        if (credential.isEmpty()) {
            return ApiChallenge.unauthorized(response, context, request, "auth.basic.malformed");
        }
        String username = credential.get().getCaller();
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            return ApiChallenge.refused(response, context, request, wait);
        }
        Optional<Account> admin = accounts.authenticate(username, credential.get().getPassword().getValue())
                .filter(Account::isEnabled)
                .filter(Account::isPlatformAdmin);
        if (admin.isEmpty()) {
            throttle.failed(username, address);
            audit.record(null, username, "login.failed", null, null, "platform API");
            return ApiChallenge.unauthorized(response, context, request, "auth.platform.invalid");
        }
        throttle.succeeded(username, address);
        Caller caller = new Caller(admin.get().username(), Optional.empty(), true);
        currentCaller.set(caller);
        return context.notifyContainerAboutLogin(caller.username(), caller.groups());
    }
}
