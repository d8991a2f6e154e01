package la.gov.gweb.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import la.gov.gweb.account.Member;
import la.gov.gweb.account.SiteMembers;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.refusal.RejectedException;

/** {@code /admin/members}: the site's members and their roles, for site admins. */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteMembers members;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    private String username;
    private String displayName;
    private String password;
    private SiteRole role = SiteRole.AUTHOR;

    public List<Member> getMembers() {
        return members.list(me.caller());
    }

    public List<SiteRole> getRoles() {
        return List.of(SiteRole.values());
    }

    /** Adds the member; the form keeps what was typed when the addition is refused. */
    public void add() {
        if (run(() -> members.add(me.caller(), username, displayName, password, role))) {
            username = null;
            displayName = null;
            password = null;
        }
    }

    public void change(String member, SiteRole newRole) {
        run(() -> members.change(me.caller(), member, newRole));
    }

    public void remove(String member) {
        run(() -> members.remove(me.caller(), member));
    }

    private boolean run(Runnable action) {
        try {
            action.run();
            messages.info("console.saved");
            return true;
        } catch (RejectedException refused) {
            messages.refused(refused);
            return false;
        }
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public SiteRole getRole() { return role; }
    public void setRole(SiteRole role) { this.role = role; }
}
