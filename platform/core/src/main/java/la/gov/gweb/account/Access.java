package la.gov.gweb.account;

import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;

/**
 * The checks every service makes before acting for a caller, so that a page or endpoint that
 * forgets its own check still cannot act beyond the caller's role on the current site.
 */
public final class Access {

    private Access() {
    }

    /** Refuses as forbidden a caller without at least {@code role} on the current site. */
    public static void require(Caller caller, SiteRole role) {
        if (caller == null || !caller.may(role)) {
            throw denied();
        }
    }

    /** Refuses as forbidden anyone but a platform admin. */
    public static void requirePlatformAdmin(Caller caller) {
        if (caller == null || !caller.platformAdmin()) {
            throw denied();
        }
    }

    private static RejectedException denied() {
        return new RejectedException(Reason.FORBIDDEN, Problem.of(null, "access.denied"));
    }
}
