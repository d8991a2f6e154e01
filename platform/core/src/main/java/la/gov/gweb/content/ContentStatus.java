package la.gov.gweb.content;

/**
 * Where an item stands in the editorial workflow. Only published items whose publish time has
 * come, and whose unpublish time has not, are shown to the public.
 */
public enum ContentStatus {
    /** Being written; visible in the console only. */
    DRAFT,
    /** Submitted by its author, waiting for an editor. */
    IN_REVIEW,
    /** Approved by an editor, public from its publish time until its unpublish time. */
    PUBLISHED,
    /** Taken off the site but kept, with its revisions. */
    ARCHIVED
}
