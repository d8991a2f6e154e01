/**
 * Serves a site's files: images under {@code /media/} and attachments of published items under
 * {@code /files/{id}/{name}}, always from the requesting site's own folder.
 */
package la.gov.gweb.web.files;
