package la.gov.gweb.platform;

import la.gov.gweb.tenant.TenantSnapshot;

/** One row of the platform console's list of sites: the site as the catalog has it now, and its figures. */
public record SiteRow(TenantSnapshot site, SiteFigures figures) {
}
