/**
 * Sites declared as folders: reading a site folder under {@code tenants/} or a site template into
 * a seed, and storing a seed's settings, menus, content and files into a new site.
 */
package la.gov.gweb.seed;
