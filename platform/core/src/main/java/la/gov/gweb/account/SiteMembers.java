package la.gov.gweb.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantSlug;

/**
 * A site admin's management of the people of the site: who is a member, with which role. New
 * people get an account with a first password; existing accounts (members elsewhere) are added
 * by user name. A site admin cannot remove or demote themselves, so a site keeps its admin.
 */
@RequestScoped
public class SiteMembers {

    @Inject
    Accounts accounts;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    AuditLog audit;

    public List<Member> list(Caller caller) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        return accounts.members(site());
    }

    /** Adds a member: an existing account by user name, or a new one when a password is given. */
    @Transactional
    public void add(Caller caller, String username, String displayName, String password, SiteRole role) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        Account account = accounts.find(username).orElse(null);
        if (account == null) {
            if (password == null || password.length() < 10) {
                throw new RejectedException(Reason.INVALID, Problem.of("password", "member.password.short"));
            }
            try {
                account = accounts.create(username, displayName == null || displayName.isBlank() ? username : displayName,
                        password.toCharArray(), false);
            } catch (IllegalArgumentException e) {
                throw new RejectedException(Reason.INVALID, Problem.of("username", "member.username.invalid"));
            }
        }
        accounts.grant(account, site(), role);
        audit.record(site(), caller.username(), "member.add", "account", account.username(), role.group());
    }

    @Transactional
    public void change(Caller caller, String username, SiteRole role) {
        Account account = member(caller, username);
        accounts.grant(account, site(), role);
        audit.record(site(), caller.username(), "member.role", "account", account.username(), role.group());
    }

    @Transactional
    public void remove(Caller caller, String username) {
        Account account = member(caller, username);
        accounts.revoke(account, site());
        audit.record(site(), caller.username(), "member.remove", "account", account.username(), null);
    }

    private Account member(Caller caller, String username) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        if (caller.username().equalsIgnoreCase(username)) {
            throw new RejectedException(Reason.INVALID, Problem.of(null, "member.self"));
        }
        return accounts.find(username).filter(a -> accounts.roleOn(a, site()).isPresent())
                .orElseThrow(() -> new RejectedException(Reason.NOT_FOUND, Problem.of(null, "member.unknown", username)));
    }

    private TenantSlug site() {
        return currentTenant.get().slug();
    }

}
