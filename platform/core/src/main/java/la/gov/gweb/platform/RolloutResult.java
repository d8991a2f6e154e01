package la.gov.gweb.platform;

import java.util.List;
import la.gov.gweb.refusal.Problem;

/**
 * What became of one row of a roll-out: created, with the first admin's generated password (shown
 * once), or failed, with why; a failed row left nothing behind.
 */
public record RolloutResult(RolloutRow row, boolean created, String adminPassword, List<Problem> problems) {

    public RolloutResult {
        problems = List.copyOf(problems);
    }

    static RolloutResult created(RolloutRow row, String adminPassword) {
        return new RolloutResult(row, true, adminPassword, List.of());
    }

    static RolloutResult failed(RolloutRow row, List<Problem> problems) {
        return new RolloutResult(row, false, null, problems);
    }
}
