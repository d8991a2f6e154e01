/**
 * Keeps each site's search index in step with its published content: content changes write an
 * outbox in their own transaction, and the indexer drains it into the site's Lucene index,
 * catches up after a crash and rebuilds whole indexes while searches go on.
 */
package la.gov.gweb.indexing;
