/**
 * The platform's settings, read once through MicroProfile Config from environment variables
 * ({@code GWEB_DB_URL}) or system properties ({@code gweb.db.url}), each with a working default.
 */
package la.gov.gweb.config;
