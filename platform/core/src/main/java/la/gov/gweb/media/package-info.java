/**
 * Files of one site (images, attachments) in its own folder under the data folder; a storage
 * key can never reach outside that folder, so one site's files are never served on another.
 */
package la.gov.gweb.media;
