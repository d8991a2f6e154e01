/**
 * Resolves each request's site from its Host header before anything else runs, and answers
 * requests that belong to no site (unknown or malformed host) or to a suspended site.
 */
package la.gov.gweb.web.tenancy;
