/**
 * The central team's view of every site at once: figures per site (content, storage, last
 * publish, index health) and the status changes a platform admin makes from the platform console.
 */
package la.gov.gweb.platform;
