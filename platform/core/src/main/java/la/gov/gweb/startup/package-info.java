/** What happens once when the platform starts: migrations, site folders, the host directory. */
package la.gov.gweb.startup;
