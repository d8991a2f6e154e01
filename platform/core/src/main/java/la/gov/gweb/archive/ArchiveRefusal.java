package la.gov.gweb.archive;

import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;

/** The refusals of archives and site deletion, each with a message key for the user's language. */
final class ArchiveRefusal {

    private ArchiveRefusal() {
    }

    static RejectedException invalid(String key, Object... arguments) {
        return new RejectedException(Reason.INVALID, Problem.of(null, key, arguments));
    }

    static RejectedException conflict(String field, String key, Object... arguments) {
        return new RejectedException(Reason.CONFLICT, Problem.of(field, key, arguments));
    }
}
