package la.gov.gweb.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import la.gov.gweb.persistence.InstantConverter;

/**
 * An API token, stored as its SHA-256 hash only, valid for one account on one site until it
 * expires; a token without a site is a platform admin's, valid on the portal host only.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "tenant_slug", length = 30)
    private String tenantSlug;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiToken() {
    }

    ApiToken(String tokenHash, Long accountId, String tenantSlug, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.tenantSlug = tenantSlug;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long accountId() {
        return accountId;
    }

    boolean isValidOn(String slug, Instant now) {
        return Objects.equals(tenantSlug, slug) && now.isBefore(expiresAt);
    }
}
