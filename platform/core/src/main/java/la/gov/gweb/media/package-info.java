/**
 * Files of one site (images, documents) in its own folder under the data folder, and its media
 * library: uploads typed and checked from their content, image variants, replacement behind the
 * same URL. A storage key can never reach outside the site's folder, so one site's files are
 * never served on another.
 */
package la.gov.gweb.media;
