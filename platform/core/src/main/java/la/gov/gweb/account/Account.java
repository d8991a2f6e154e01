package la.gov.gweb.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import la.gov.gweb.persistence.InstantConverter;

/** A person who signs in to the console or the API; user names are stored in lower case. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
public class Account {

    static final String BY_USERNAME = "Account.byUsername";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(nullable = false)
    private boolean enabled;

    @Column(length = 200)
    private String email;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    Account(String username, String displayName, String passwordHash, boolean platformAdmin, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformAdmin = platformAdmin;
        this.enabled = true;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    /** The address given when the account was made, or null. */
    public String email() {
        return email;
    }

    void giveEmail(String address) {
        this.email = address;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void changeEnabled(boolean newEnabled) {
        this.enabled = newEnabled;
    }

    void changePlatformAdmin(boolean newPlatformAdmin) {
        this.platformAdmin = newPlatformAdmin;
    }
}
