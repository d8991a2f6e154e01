/**
 * Tenants: each government website, its slug, host names and status, as kept in the platform
 * catalog, and the resolution of a request's host name to exactly one tenant.
 */
package la.gov.gweb.tenant;
