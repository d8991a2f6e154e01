/**
 * Integration tests: the real WAR in Payara Micro against H2 and MariaDB, driven over HTTP with
 * the Host header of each site, plus a test-only fixture servlet that sets up sites to probe.
 */
package la.gov.gweb.web.it;
