package la.gov.gweb.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.CurrentCaller;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;

/** {@code #{me}}: the signed-in webmaster, what they may do, and signing out. */
@Named("me")
@RequestScoped
public class ConsoleUser {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ExternalContext external;

    @Inject
    ConsoleMessages messages;

    public Caller caller() {
        return currentCaller.find().orElseThrow(() ->
                new RejectedException(Reason.FORBIDDEN, Problem.of(null, "auth.required")));
    }

    public String getUsername() {
        return caller().username();
    }

    public String getRole() {
        return caller().effectiveRole().map(SiteRole::group).orElse("");
    }

    public boolean isEditor() {
        return caller().may(SiteRole.EDITOR);
    }

    public boolean isSiteAdmin() {
        return caller().may(SiteRole.SITE_ADMIN);
    }

    /** Guards the site admin's screens: anyone else is sent to the dashboard with a message. */
    public void requireSiteAdmin() throws IOException {
        if (!isSiteAdmin()) {
            messages.error("access.denied");
            external.redirect(external.getRequestContextPath() + "/admin/index");
        }
    }

    public void logout() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/admin/login");
    }
}
