package la.gov.gweb.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import la.gov.gweb.tenant.TenantSlug;

/**
 * What a console session remembers: who signed in, on which site (or on the portal, for the
 * platform console). A session of one site is worth nothing on another, nor on the portal: its
 * id presented on another host is treated as no session.
 */
record ConsoleLogin(String site, String username) implements Serializable {

    private static final String ATTRIBUTE = "gweb.console.login";

    /** The scope of the platform console's sessions; never a site slug, which has no '@'. */
    static final String PORTAL = "@portal";

    static Optional<ConsoleLogin> of(HttpServletRequest request, TenantSlug site) {
        return of(request, site.value());
    }

    static Optional<ConsoleLogin> of(HttpServletRequest request, String scope) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof ConsoleLogin login)) {
            return Optional.empty();
        }
        return login.site().equals(scope) ? Optional.of(login) : Optional.empty();
    }

    /** Starts a new session id at sign-in, so that a session id planted before sign-in is useless. */
    void store(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
