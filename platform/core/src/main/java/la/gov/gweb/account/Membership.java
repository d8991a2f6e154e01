package la.gov.gweb.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An account's role on one site; without a membership, an account has no access to the site. */
@Entity
@Table(name = "membership")
@IdClass(Membership.Key.class)
public class Membership {

    /** The composite key: one role per account and site. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private String tenantSlug;

        public Key() {
        }

        Key(Long accountId, String tenantSlug) {
            this.accountId = accountId;
            this.tenantSlug = tenantSlug;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(accountId, key.accountId)
                    && Objects.equals(tenantSlug, key.tenantSlug);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, tenantSlug);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "tenant_slug", length = 30)
    private String tenantSlug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SiteRole role;

    protected Membership() {
    }

    Membership(Long accountId, String tenantSlug, SiteRole role) {
        this.accountId = accountId;
        this.tenantSlug = tenantSlug;
        this.role = role;
    }

    public Long accountId() {
        return accountId;
    }

    public String tenantSlug() {
        return tenantSlug;
    }

    public SiteRole role() {
        return role;
    }

    void changeRole(SiteRole newRole) {
        this.role = newRole;
    }
}
