/**
 * The content of one site: pages in a tree, news, announcements and legal documents with their
 * attachments, each bilingual, and the queries the public site reads them with.
 */
package la.gov.gweb.content;
