/**
 * Writing and publishing content: drafts, review, publishing and scheduling, revisions, safe
 * HTML and optimistic locking, each action checked against the caller's role on the site.
 */
package la.gov.gweb.publishing;
