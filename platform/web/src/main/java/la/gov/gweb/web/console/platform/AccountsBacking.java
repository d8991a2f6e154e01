package la.gov.gweb.web.console.platform;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import la.gov.gweb.account.AccountSummary;
import la.gov.gweb.account.PlatformAccounts;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.web.console.ConsoleMessages;
import la.gov.gweb.web.console.ConsoleUser;

/**
 * {@code /admin/platform/accounts}: every account, found by name; create, reset a password (the
 * generated one shown once, on this page only), disable, the platform admin flag, and memberships
 * on any site.
 */
@Named("platformAccounts")
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlatformAccounts accounts;

    @Inject
    TenantDirectory directory;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    private String text;
    private String username;
    private String displayName;
    private boolean platformAdmin;
    private String memberUsername;
    private String memberSite;
    private SiteRole memberRole = SiteRole.AUTHOR;
    private String shownPasswordFor;
    private String shownPassword;
    private transient List<AccountSummary> rows;

    public List<AccountSummary> getRows() {
        if (rows == null) {
            rows = accounts.search(me.caller(), text);
        }
        return rows;
    }

    public List<TenantSnapshot> getSites() {
        return directory.all();
    }

    public List<SiteRole> getRoles() {
        return List.of(SiteRole.values());
    }

    public void search() {
        rows = null;
    }

    /** Creates the account; its first password is shown once, and what was typed stays when refused. */
    public void create() {
        String created = username;
        if (showPassword(created, () -> accounts.create(me.caller(), created, displayName, platformAdmin))) {
            memberUsername = created;
            username = null;
            displayName = null;
            platformAdmin = false;
        }
    }

    public void resetPassword(String account) {
        showPassword(account, () -> accounts.resetPassword(me.caller(), account));
    }

    public void changeEnabled(String account, boolean enabled) {
        run(() -> accounts.setEnabled(me.caller(), account, enabled));
    }

    public void changePlatformAdmin(String account, boolean admin) {
        run(() -> accounts.setPlatformAdmin(me.caller(), account, admin));
    }

    /** Adds the membership, or changes the role the account has on that site. */
    public void grant() {
        if (!TenantSlug.isValid(memberSite)) {
            messages.error("platform.member.siteRequired");
            return;
        }
        run(() -> accounts.grant(me.caller(), memberUsername, TenantSlug.of(memberSite), memberRole));
    }

    public void revoke(String account, String site) {
        run(() -> accounts.revoke(me.caller(), account, TenantSlug.of(site)));
    }

    private boolean showPassword(String account, Supplier<String> action) {
        shownPassword = null;
        shownPasswordFor = null;
        try {
            shownPassword = action.get();
            shownPasswordFor = account;
            rows = null;
            messages.info("console.saved");
            return true;
        } catch (RejectedException refused) {
            messages.refused(refused);
            return false;
        }
    }

    private void run(Runnable action) {
        shownPassword = null;
        shownPasswordFor = null;
        try {
            action.run();
            messages.info("console.saved");
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
        rows = null;
    }

    public String getShownPassword() { return shownPassword; }
    public String getShownPasswordFor() { return shownPasswordFor; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public boolean isPlatformAdmin() { return platformAdmin; }
    public void setPlatformAdmin(boolean platformAdmin) { this.platformAdmin = platformAdmin; }
    public String getMemberUsername() { return memberUsername; }
    public void setMemberUsername(String memberUsername) { this.memberUsername = memberUsername; }
    public String getMemberSite() { return memberSite; }
    public void setMemberSite(String memberSite) { this.memberSite = memberSite; }
    public SiteRole getMemberRole() { return memberRole; }
    public void setMemberRole(SiteRole memberRole) { this.memberRole = memberRole; }
}
