/**
 * The platform admin's work on whole sites: creating a site from a site template (through the
 * API, the console or a folder under {@code tenants/}), changing and listing sites, and offering
 * template changes to the sites made from a template without overwriting what a site edited.
 */
package la.gov.gweb.platform;
