/**
 * The platform console's screens on the portal host, for platform admins: every site, every
 * account and the platform's audit log. They share the site console's template and messages.
 */
package la.gov.gweb.web.console.platform;
