/**
 * Sites declared as folders under {@code tenants/}: reading a folder into a seed, and creating
 * the site with its content from it at start. A folder applied twice changes nothing.
 */
package la.gov.gweb.seed;
