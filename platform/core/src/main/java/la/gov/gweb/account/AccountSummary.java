package la.gov.gweb.account;

import java.util.List;

/** An account as the platform console lists it: who it is, whether it may sign in, and where it is a member. */
public record AccountSummary(String username, String displayName, boolean platformAdmin, boolean enabled,
                             List<SiteMembership> memberships) {

    /** One site the account is a member of, with its role there. */
    public record SiteMembership(String site, SiteRole role) {
    }

    public AccountSummary {
        memberships = List.copyOf(memberships);
    }
}
