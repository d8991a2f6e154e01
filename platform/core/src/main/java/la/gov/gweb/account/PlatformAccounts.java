package la.gov.gweb.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSlug;

/**
 * The platform admins' management of every account: find, create, reset a password, disable,
 * the platform admin flag and memberships on any site. Generated passwords are returned once and
 * never stored in clear. A platform admin cannot disable or demote themselves, so the platform
 * keeps an admin. Every change is audited under the site it concerns, or none.
 */
@ApplicationScoped
public class PlatformAccounts {

    private static final int MAX_ROWS = 200;

    @PersistenceContext(unitName = "gweb")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    TenantDirectory directory;

    @Inject
    AuditLog audit;

    private final PasswordHasher hasher = new PasswordHasher();

    /** Accounts whose user name or display name contains the text, by user name, at most 200. */
    @Transactional
    public List<AccountSummary> search(Caller caller, String text) {
        Access.requirePlatformAdmin(caller);
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("%", "").replace("_", "")) + "%";
        List<Account> found = em.createQuery("select a from Account a where lower(a.username) like :p"
                        + " or lower(a.displayName) like :p order by a.username", Account.class)
                .setParameter("p", pattern)
                .setMaxResults(MAX_ROWS)
                .getResultList();
        Map<Long, List<AccountSummary.SiteMembership>> memberships = new LinkedHashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("select m from Membership m where m.accountId in :ids order by m.tenantSlug", Membership.class)
                    .setParameter("ids", found.stream().map(Account::id).toList())
                    .getResultList()
                    .forEach(m -> memberships.computeIfAbsent(m.accountId(), id -> new ArrayList<>())
                            .add(new AccountSummary.SiteMembership(m.tenantSlug(), m.role())));
        }
        return found.stream().map(a -> new AccountSummary(a.username(), a.displayName(), a.isPlatformAdmin(),
                a.isEnabled(), memberships.getOrDefault(a.id(), List.of()))).toList();
    }

    /** Creates an account with a generated first password, which is returned to be handed over once. */
    @Transactional
    public String create(Caller caller, String username, String displayName, boolean platformAdmin) {
        Access.requirePlatformAdmin(caller);
        if (accounts.find(username).isPresent()) {
            throw new RejectedException(Reason.CONFLICT, Problem.of("username", "account.username.taken", username));
        }
        String password = GeneratedPassword.create();
        Account account;
        try {
            account = accounts.create(username, displayName == null || displayName.isBlank() ? username : displayName.strip(),
                    password.toCharArray(), platformAdmin);
        } catch (IllegalArgumentException e) {
            throw new RejectedException(Reason.INVALID, Problem.of("username", "member.username.invalid"));
        }
        audit.record(null, caller.username(), "platform.account.create", "account", account.username(),
                platformAdmin ? "platform-admin" : null);
        return password;
    }

    /** Gives the account a new generated password, returned once; the old one stops working at once. */
    @Transactional
    public String resetPassword(Caller caller, String username) {
        Access.requirePlatformAdmin(caller);
        Account account = existing(username);
        String password = GeneratedPassword.create();
        account.changePassword(hasher.hash(password.toCharArray()));
        audit.record(null, caller.username(), "platform.account.password", "account", account.username(), null);
        return password;
    }

    @Transactional
    public void setEnabled(Caller caller, String username, boolean enabled) {
        Account account = notSelf(caller, username);
        account.changeEnabled(enabled);
        audit.record(null, caller.username(), enabled ? "platform.account.enable" : "platform.account.disable",
                "account", account.username(), null);
    }

    @Transactional
    public void setPlatformAdmin(Caller caller, String username, boolean platformAdmin) {
        Account account = notSelf(caller, username);
        account.changePlatformAdmin(platformAdmin);
        audit.record(null, caller.username(), "platform.account.admin", "account", account.username(),
                String.valueOf(platformAdmin));
    }

    /** Gives the account a role on a site, replacing the role it had there. */
    @Transactional
    public void grant(Caller caller, String username, TenantSlug site, SiteRole role) {
        Access.requirePlatformAdmin(caller);
        Account account = existing(username);
        if (directory.find(site).isEmpty()) {
            throw new RejectedException(Reason.NOT_FOUND, Problem.of("site", "site.unknown", site.value()));
        }
        accounts.grant(account, site, role);
        audit.record(site, caller.username(), "platform.member.grant", "account", account.username(), role.group());
    }

    @Transactional
    public void revoke(Caller caller, String username, TenantSlug site) {
        Access.requirePlatformAdmin(caller);
        Account account = existing(username);
        accounts.revoke(account, site);
        audit.record(site, caller.username(), "platform.member.revoke", "account", account.username(), null);
    }

    private Account notSelf(Caller caller, String username) {
        Access.requirePlatformAdmin(caller);
        if (caller.username().equalsIgnoreCase(username == null ? "" : username.strip())) {
            throw new RejectedException(Reason.INVALID, Problem.of(null, "account.self"));
        }
        return existing(username);
    }

    /** The managed account, so that changes to it are written with the transaction. */
    private Account existing(String username) {
        Account found = accounts.find(username).orElseThrow(() ->
                new RejectedException(Reason.NOT_FOUND, Problem.of(null, "account.unknown", username)));
        return em.find(Account.class, found.id());
    }
}
