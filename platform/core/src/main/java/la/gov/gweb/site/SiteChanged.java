package la.gov.gweb.site;

import la.gov.gweb.tenant.TenantSlug;

/**
 * Fired inside the transaction that changed what every public page of a site shows (its settings
 * or a menu); observed after the commit by whatever keeps rendered pages.
 */
public record SiteChanged(TenantSlug site) {
}
