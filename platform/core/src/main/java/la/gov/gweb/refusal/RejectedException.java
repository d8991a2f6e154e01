package la.gov.gweb.refusal;

import java.util.List;

/** A change that was refused as a whole, with every reason; nothing of it was saved. */
public class RejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a change was refused, which decides the HTTP status of the API. */
    public enum Reason {
        INVALID,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT
    }

    private final Reason reason;
    private final transient List<Problem> problems;

    public RejectedException(Reason reason, List<Problem> problems) {
        super(reason + ": " + problems);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public RejectedException(Reason reason, Problem problem) {
        this(reason, List.of(problem));
    }

    public Reason reason() {
        return reason;
    }

    public List<Problem> problems() {
        return problems;
    }
}
