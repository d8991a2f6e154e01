/**
 * Moves a whole site in and out of the platform as one self-checking ZIP archive: export, import
 * as the same or a new site (all or nothing), and deletion only once an export holds every change.
 */
package la.gov.gweb.archive;
