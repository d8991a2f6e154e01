package la.gov.gweb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.account.Account;
import la.gov.gweb.account.Accounts;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.GeneratedPasswords;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantDefinition;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantProvisioning;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantStatus;

/**
 * Creates the site of one roll-out row with its first admin: checked against the sites that
 * exist (slug, host names) before anything is made, and removed again if its admin cannot be
 * made, so a failed row leaves no site behind. An admin whose account exists is made a member;
 * a new one gets a generated password, returned once.
 */
@ApplicationScoped
public class RolloutSiteCreation {

    private static final Logger LOG = Logger.getLogger(RolloutSiteCreation.class.getName());
    private static final String DEFAULT_THEME = "gweb-standard";

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantDirectory directory;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    /** Creates the site; returns the new admin's password, or null when the admin's account existed. */
    public String create(Caller caller, RolloutRow row) {
        TenantSlug slug = TenantSlug.of(row.slug());
        List<HostName> hosts = row.hosts().stream().map(HostName::of).toList();
        refuseConflicts(slug, hosts);
        provisioning.create(new TenantDefinition(slug, TenantStatus.ACTIVE,
                row.theme().isBlank() ? DEFAULT_THEME : row.theme(), LocalizedText.of(row.nameLo(), row.nameEn()), hosts));
        try {
            String password = admin(slug, row);
            audit.record(slug, caller.username(), "platform.site.create", "site", slug.value(), "rollout line " + row.line());
            return password;
        } catch (RuntimeException e) {
            discard(slug);
            throw e;
        }
    }

    private void refuseConflicts(TenantSlug slug, List<HostName> hosts) {
        List<Problem> problems = new ArrayList<>();
        if (directory.find(slug).isPresent()) {
            problems.add(Problem.of("slug", "site.slug.taken", slug.value()));
        }
        hosts.stream().filter(host -> directory.resolve(host).isPresent())
                .forEach(host -> problems.add(Problem.of("hosts", "site.host.taken", host.value(),
                        directory.resolve(host).get().slug().value())));
        if (!problems.isEmpty()) {
            throw new RejectedException(Reason.CONFLICT, problems);
        }
    }

    private String admin(TenantSlug slug, RolloutRow row) {
        Optional<Account> existing = accounts.find(row.adminUsername());
        String password = existing.isPresent() ? null : GeneratedPasswords.next();
        Account account;
        try {
            account = existing.orElseGet(() -> accounts.create(row.adminUsername(),
                    row.adminName().isBlank() ? row.adminUsername() : row.adminName(), password.toCharArray(), false));
        } catch (IllegalArgumentException e) {
            throw new RejectedException(Reason.INVALID, Problem.of("admin_username", "member.username.invalid"));
        }
        accounts.grant(account, slug, SiteRole.SITE_ADMIN);
        return password;
    }

    private void discard(TenantSlug slug) {
        try {
            provisioning.delete(slug);
        } catch (RuntimeException cleanup) {
            LOG.log(Level.WARNING, "Could not remove the half-made site " + slug, cleanup);
        }
    }
}
