package la.gov.gweb.account;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting, as the console and the API see it: the user name, the role on the current site
 * (if any) and whether the account is a platform admin, who may act as site admin everywhere.
 */
public record Caller(String username, Optional<SiteRole> role, boolean platformAdmin) {

    public static final String PLATFORM_ADMIN_GROUP = "platform-admin";

    /** The role that counts on this site: a platform admin counts as its site admin. */
    public Optional<SiteRole> effectiveRole() {
        return platformAdmin ? Optional.of(SiteRole.SITE_ADMIN) : role;
    }

    public boolean may(SiteRole needed) {
        return effectiveRole().map(r -> r.includes(needed)).orElse(false);
    }

    /** The security groups of this caller on the current site. */
    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        effectiveRole().ifPresent(r -> r.withIncluded().forEach(included -> groups.add(included.group())));
        if (platformAdmin) {
            groups.add(PLATFORM_ADMIN_GROUP);
        }
        return groups;
    }

    /** Rebuilds a caller from the groups the container knows. */
    public static Caller fromGroups(String username, Set<String> groups) {
        Optional<SiteRole> role = Optional.empty();
        for (SiteRole candidate : SiteRole.values()) {
            if (groups.contains(candidate.group())) {
                role = Optional.of(candidate);
            }
        }
        return new Caller(username, role, groups.contains(PLATFORM_ADMIN_GROUP));
    }
}
