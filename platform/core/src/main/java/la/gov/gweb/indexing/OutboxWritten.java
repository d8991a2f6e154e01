package la.gov.gweb.indexing;

import la.gov.gweb.tenant.TenantSlug;

/**
 * Fired inside the transaction that wrote outbox entries; observed after it commits, so that the
 * indexer never looks for entries that are not there yet, nor for rolled-back ones.
 */
public record OutboxWritten(TenantSlug site) {
}
