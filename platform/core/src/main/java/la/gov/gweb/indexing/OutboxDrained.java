package la.gov.gweb.indexing;

import la.gov.gweb.tenant.TenantSlug;

/**
 * Fired after a drain applied due outbox entries of a site: among them the scheduled publish and
 * unpublish times that have just come, which change what the public sees without any request.
 */
public record OutboxDrained(TenantSlug site) {
}
