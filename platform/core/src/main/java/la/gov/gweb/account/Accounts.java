package la.gov.gweb.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import la.gov.gweb.tenant.TenantSlug;

/** Accounts and memberships in the platform catalog. */
@ApplicationScoped
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    /** Hashed once so that an unknown user name costs as much time as a wrong password. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("no-such-account".toCharArray());

    @PersistenceContext(unitName = "gweb")
    EntityManager em;

    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();

    /** The enabled account with this user name and password, if both match. */
    @Transactional
    public Optional<Account> authenticate(String username, char[] password) {
        Optional<Account> account = find(username);
        boolean matches = hasher.matches(password, account.map(Account::passwordHash).orElse(DUMMY_HASH));
        return account.filter(found -> matches && found.isEnabled());
    }

    @Transactional
    public Optional<Account> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Transactional
    public boolean anyPlatformAdmin() {
        return !em.createQuery("select a.id from Account a where a.platformAdmin = true", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Creates an account; refused when the user name is invalid or taken. */
    @Transactional
    public Account create(String username, String displayName, char[] password, boolean platformAdmin) {
        String canonical = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(canonical).matches()) {
            throw new IllegalArgumentException("Invalid user name '" + username + "'");
        }
        if (password.length < 10) {
            throw new IllegalArgumentException("A password needs at least 10 characters");
        }
        if (find(canonical).isPresent()) {
            throw new IllegalArgumentException("The user name '" + canonical + "' is taken");
        }
        Account account = new Account(canonical, displayName, hasher.hash(password), platformAdmin, clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }

    /** Creates an account with an e-mail address, as a site's first admin is made. */
    @Transactional
    public Account create(String username, String displayName, String email, char[] password) {
        Account account = create(username, displayName, password, false);
        account.giveEmail(email);
        return account;
    }

    /** Whether a user name is acceptable for a new account (the format only, not whether it is free). */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** Removes an account that was made for a site whose creation failed. */
    @Transactional
    public void delete(Account account) {
        Account managed = em.find(Account.class, account.id());
        if (managed != null) {
            em.remove(managed);
        }
    }

    /** Gives an account a role on a site, replacing the role it had there. */
    @Transactional
    public void grant(Account account, TenantSlug site, SiteRole role) {
        Membership existing = em.find(Membership.class, key(account, site));
        if (existing == null) {
            em.persist(new Membership(account.id(), site.value(), role));
        } else {
            existing.changeRole(role);
        }
    }

    /** The members of a site with their roles, by user name. */
    @Transactional
    public List<Member> members(TenantSlug site) {
        return em.createQuery("select new la.gov.gweb.account.Member(a.username, a.displayName, m.role)"
                        + " from Membership m, Account a where m.accountId = a.id and m.tenantSlug = :site"
                        + " order by a.username", Member.class)
                .setParameter("site", site.value())
                .getResultList();
    }

    /** Takes an account's membership of a site away; its account and other memberships stay. */
    @Transactional
    public void revoke(Account account, TenantSlug site) {
        Membership existing = em.find(Membership.class, key(account, site));
        if (existing != null) {
            em.remove(existing);
        }
    }

    /** The account's role on a site, if it is a member. */
    @Transactional
    public Optional<SiteRole> roleOn(Account account, TenantSlug site) {
        return Optional.ofNullable(em.find(Membership.class, key(account, site))).map(Membership::role);
    }

    private static Membership.Key key(Account account, TenantSlug site) {
        return new Membership.Key(account.id(), site.value());
    }
}
