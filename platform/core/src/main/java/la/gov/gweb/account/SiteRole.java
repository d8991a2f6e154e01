package la.gov.gweb.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a member may do on one site. Each role includes the ones before it: an editor can do
 * what an author can, a site admin what an editor can.
 */
public enum SiteRole {
    /** Writes drafts and submits them for review. */
    AUTHOR,
    /** Reviews, publishes, schedules and archives. */
    EDITOR,
    /** Manages menus, settings and members of the site. */
    SITE_ADMIN;

    /** The security group of this role, as checked with {@code isCallerInRole}. */
    public String group() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** This role and every role it includes. */
    public Set<SiteRole> withIncluded() {
        Set<SiteRole> roles = EnumSet.noneOf(SiteRole.class);
        for (SiteRole role : values()) {
            if (role.ordinal() <= ordinal()) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean includes(SiteRole other) {
        return ordinal() >= other.ordinal();
    }
}
