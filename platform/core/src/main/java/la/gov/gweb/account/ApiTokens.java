package la.gov.gweb.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import la.gov.gweb.tenant.TenantSlug;

/**
 * Issues and checks API tokens. A token is 32 random bytes; only its hash is stored, so a
 * copy of the database gives no usable token. A token is valid on the site it was issued on
 * and nowhere else, for twelve hours; expired tokens are removed whenever one is issued.
 */
@ApplicationScoped
public class ApiTokens {

    public static final Duration LIFETIME = Duration.ofHours(12);

    @PersistenceContext(unitName = "gweb")
    EntityManager em;

    @Inject
    Accounts accounts;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    /** A token for one site, or with a null site for the portal's platform API (platform admins only). */
    @Transactional
    public String issue(Account account, TenantSlug site) {
        if (site == null && !account.isPlatformAdmin()) {
            throw new IllegalArgumentException("Only platform admins get a token for the portal");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        em.createQuery("delete from ApiToken t where t.expiresAt < :now").setParameter("now", now).executeUpdate();
        em.persist(new ApiToken(hash(token), account.id(), site == null ? null : site.value(), now, now.plus(LIFETIME)));
        return token;
    }

    /**
     * The account a token stands for on this site (null: the portal); empty when unknown, expired or
     * issued for another site. A portal token only ever stands for a platform admin.
     */
    @Transactional
    public Optional<Account> verify(String token, TenantSlug site) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        ApiToken stored = em.find(ApiToken.class, hash(token));
        if (stored == null || !stored.isValidOn(site == null ? null : site.value(), clock.instant())) {
            return Optional.empty();
        }
        return accounts.find(stored.accountId()).filter(Account::isEnabled)
                .filter(account -> site != null || account.isPlatformAdmin());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
