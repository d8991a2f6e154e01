package la.gov.gweb.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;

/**
 * Creates the sites of a roll-out file one row after the other on the managed executor, so the
 * page that started it only polls. Each row is either fully created or reported failed with its
 * reasons; rows refused when the file was read are reported without being tried. One run per
 * platform admin at a time. Only the page that started a run holds it, so the generated
 * passwords in its results are shown there once.
 */
@ApplicationScoped
public class SiteRollouts {

    private static final Logger LOG = Logger.getLogger(SiteRollouts.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    SiteCreation creation;

    @Inject
    AuditLog audit;

    private final Map<String, RolloutRun> runs = new ConcurrentHashMap<>();

    public RolloutRun start(Caller caller, List<RolloutRow> rows) {
        Access.requirePlatformAdmin(caller);
        RolloutRun run = new RolloutRun(rows.size());
        RolloutRun previous = runs.putIfAbsent(caller.username(), run);
        if (previous != null) {
            if (previous.running()) {
                throw new RejectedException(RejectedException.Reason.CONFLICT, Problem.of(null, "rollout.running"));
            }
            runs.put(caller.username(), run);
        }
        audit.record(null, caller.username(), "platform.rollout", "rows", rows.size(), null);
        executor.execute(() -> create(caller, rows, run));
        return run;
    }

    private void create(Caller caller, List<RolloutRow> rows, RolloutRun run) {
        try {
            for (RolloutRow row : rows) {
                run.add(row.valid() ? createOne(caller, row) : RolloutResult.failed(row, row.problems()));
            }
        } finally {
            run.finish();
        }
    }

    private RolloutResult createOne(Caller caller, RolloutRow row) {
        try {
            SiteCreated created = creation.create(caller, new NewSite(row.slug(), LocalizedText.of(row.nameLo(), row.nameEn()),
                    row.hosts(), blankToNull(row.theme()), blankToNull(row.template()), blankToNull(row.colour()),
                    new NewSite.Admin(row.adminUsername(), blankToNull(row.adminName()), blankToNull(row.adminEmail()),
                            null)));
            return RolloutResult.created(row, created.generatedPassword().orElse(null));
        } catch (RejectedException refused) {
            return RolloutResult.failed(row, refused.problems());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Roll-out row " + row.line() + " (" + row.slug() + ") failed", e);
            return RolloutResult.failed(row, List.of(Problem.of(null, "rollout.row.failed")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
