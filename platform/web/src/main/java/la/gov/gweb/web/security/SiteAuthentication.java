package la.gov.gweb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import la.gov.gweb.account.Account;
import la.gov.gweb.account.Accounts;
import la.gov.gweb.account.ApiTokens;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.CurrentCaller;
import la.gov.gweb.account.LoginThrottle;
import la.gov.gweb.account.SiteIdentityStore;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.audit.ClientAddress;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * The one authentication mechanism of the platform. Console pages under {@code /admin} need a
 * console session of this site (made by the login page through
 * {@code SecurityContext.authenticate}); the API takes HTTP Basic for issuing tokens and bearer
 * tokens for the rest, and lets anonymous readers through to public data. Every sign-in is for
 * the site of the request only, checked against the caller's membership there, and throttled;
 * on the portal host only platform admins sign in to the API, with tokens valid there alone,
 * and to the platform console.
 */
@ApplicationScoped
public class SiteAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/admin/login";
    static final String TOKEN_PATH = "/api/v1/auth/tokens";
    /** The platform API, which does not exist on a site's host: no credential is looked at there. */
    static final String PLATFORM_API = "/api/v1/platform/";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    SiteIdentityStore siteIdentities;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    TenantDirectory directory;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PlatformSettings settings;

    @Inject
    PlatformConsoleAuthentication platformConsole;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<TenantSnapshot> site = RequestTenant.of(request, directory);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (site.isEmpty()) {
            if (RequestTenant.isPortal(request, settings) && path.startsWith("/api/")) {
                clientAddress.set(request.getRemoteAddr());
                return api(request, response, context, path);
            }
            if (RequestTenant.isPortal(request, settings)) {
                return platformConsole.validate(request, context);
            }
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        boolean api = path.startsWith("/api/");
        boolean console = path.equals("/admin") || path.startsWith("/admin/");
        // A public page needs no identity and nothing bound here: the tenant filter binds its
        // site, and this runs for every request, cached pages included.
        if (path.startsWith(PLATFORM_API) || !api && !console && !(credential instanceof UsernamePasswordCredential)) {
            return context.doNothing();
        }
        currentTenant.set(site.get());
        clientAddress.set(request.getRemoteAddr());
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(request, context, password, true);
        }
        return api ? api(request, response, context, path) : console(request, context, site.get(), path);
    }

    private AuthenticationStatus console(HttpServletRequest request, HttpMessageContext context, TenantSnapshot site,
                                         String path) {
        Optional<Caller> caller = ConsoleLogin.of(request, site.slug())
                .flatMap(login -> accounts.find(login.username()))
                .filter(Account::isEnabled)
                .map(siteIdentities::callerOnThisSite)
                .filter(found -> found.effectiveRole().isPresent());
        if (caller.isPresent()) {
            return notify(context, caller.get());
        }
        if (path.equals(LOGIN_PAGE)) {
            return context.doNothing();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context, String path) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return context.doNothing();
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Caller> caller = tokens.verify(authorization.substring(7).strip(), siteOrPortal())
                    .map(siteIdentities::callerOnThisSite)
                    .filter(found -> found.effectiveRole().isPresent());
            if (caller.isEmpty()) {
                return ApiChallenge.unauthorized(response, context, request, "auth.token.invalid");
            }
            return notify(context, caller.get());
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6) && path.equals(TOKEN_PATH)) {
            Optional<UsernamePasswordCredential> credential = basic(authorization.substring(6).strip());
            if (credential.isEmpty()) {
                return ApiChallenge.unauthorized(response, context, request, "auth.basic.malformed");
            }
            AuthenticationStatus status = signIn(request, context, credential.get(), false);
            return status == AuthenticationStatus.SUCCESS ? status
                    : ApiChallenge.refused(response, context, request, throttle.waitFor(credential.get().getCaller(),
                            request.getRemoteAddr()));
        }
        return ApiChallenge.unauthorized(response, context, request, "auth.scheme.unsupported");
    }

    /** Checks a password for this site, with throttling; a console sign-in also starts the session. */
    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        UsernamePasswordCredential credential, boolean console) {
        String username = credential.getCaller() == null ? "" : credential.getCaller();
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID || result.getCallerGroups().isEmpty()) {
            throttle.failed(username, address);
            audit.record(siteOrPortal(), username, "login.failed", null, null,
                    result.getStatus() == CredentialValidationResult.Status.VALID ? "not a member" : null);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(username, address);
        Caller caller = Caller.fromGroups(result.getCallerPrincipal().getName(), result.getCallerGroups());
        if (console) {
            new ConsoleLogin(currentTenant.get().slug().value(), caller.username()).store(request);
            audit.record(currentTenant.get().slug(), caller.username(), "login", null, null, null);
        }
        return notify(context, caller);
    }

    /** The request's site, or null on the portal host, where only platform admins sign in. */
    private TenantSlug siteOrPortal() {
        return currentTenant.find().map(TenantSnapshot::slug).orElse(null);
    }

    private AuthenticationStatus notify(HttpMessageContext context, Caller caller) {
        currentCaller.set(caller);
        return context.notifyContainerAboutLogin(caller.username(), caller.groups());
    }

    private static Optional<UsernamePasswordCredential> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(new UsernamePasswordCredential(
                    decoded.substring(0, colon), new Password(decoded.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        ConsoleLogin.forget(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
