/**
 * People who work on the sites: accounts with slow salted password hashes, their membership
 * and role on each site, API tokens bound to one site, and throttling of failed logins.
 */
package la.gov.gweb.account;
