package la.gov.gweb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import la.gov.gweb.account.Account;
import la.gov.gweb.account.Accounts;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.CurrentCaller;
import la.gov.gweb.account.LoginThrottle;
import la.gov.gweb.account.SiteIdentityStore;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.audit.ClientAddress;

/**
 * Sign-in to the platform console on the portal host: platform admins only. A site's admin,
 * editor or author is refused there whatever their password, and the session it makes is scoped
 * to the portal, so it opens no site's console (and a site's session opens no platform console).
 */
@ApplicationScoped
class PlatformConsoleAuthentication {

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    SiteIdentityStore siteIdentities;

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

    AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
        clientAddress.set(request.getRemoteAddr());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(request, context, password);
        }
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            return context.doNothing();
        }
        Optional<Caller> caller = ConsoleLogin.of(request, ConsoleLogin.PORTAL)
                .flatMap(login -> accounts.find(login.username()))
                .filter(account -> account.isEnabled() && account.isPlatformAdmin())
                .map(siteIdentities::callerOnThisSite);
        if (caller.isPresent()) {
            return notify(context, caller.get());
        }
        if (path.equals(SiteAuthentication.LOGIN_PAGE)) {
            return context.doNothing();
        }
        return context.redirect(request.getContextPath() + SiteAuthentication.LOGIN_PAGE);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        UsernamePasswordCredential credential) {
        String username = credential.getCaller() == null ? "" : credential.getCaller();
        String address = request.getRemoteAddr();
        if (throttle.waitFor(username, address).isPresent()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        boolean valid = result.getStatus() == CredentialValidationResult.Status.VALID;
        if (!valid || !result.getCallerGroups().contains(Caller.PLATFORM_ADMIN_GROUP)) {
            throttle.failed(username, address);
            audit.record(null, username, "platform.login.failed", null, null, valid ? "not a platform admin" : null);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(username, address);
        Caller caller = Caller.fromGroups(result.getCallerPrincipal().getName(), result.getCallerGroups());
        new ConsoleLogin(ConsoleLogin.PORTAL, caller.username()).store(request);
        audit.record(null, caller.username(), "platform.login", null, null, null);
        return notify(context, caller);
    }

    private AuthenticationStatus notify(HttpMessageContext context, Caller caller) {
        currentCaller.set(caller);
        return context.notifyContainerAboutLogin(caller.username(), caller.groups());
    }
}
