package la.gov.gweb.audit;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import la.gov.gweb.tenant.TenantSlug;

/**
 * What a site admin narrows the audit log to: a user name, an action (prefix, e.g.
 * {@code content.}) and a time range; empty parts do not filter.
 */
public record AuditFilter(String username, String action, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    /** The conditions on one site's events, or on every event (platform and all sites) when the site is null. */
    String where(TenantSlug site) {
        return " from AuditEvent e where e.occurredAt is not null" + (site == null ? "" : " and e.tenantSlug = :site")
                + (blank(username) ? "" : " and e.username = :username")
                + (blank(action) ? "" : " and e.action like :action")
                + (from == null ? "" : " and e.occurredAt >= :from")
                + (to == null ? "" : " and e.occurredAt < :to");
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query, TenantSlug site) {
        if (site != null) {
            query.setParameter("site", site.value());
        }
        if (!blank(username)) {
            query.setParameter("username", username.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (!blank(action)) {
            query.setParameter("action", action.strip().replace("%", "").replace("_", "") + "%");
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
