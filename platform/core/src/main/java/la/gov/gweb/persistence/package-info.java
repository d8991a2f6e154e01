/**
 * The database: the configured data source, Flyway migrations of the platform schema and of
 * each site's own schema, and entity managers bound to one site's schema.
 */
package la.gov.gweb.persistence;
