/**
 * Full-text search of the published content of G-Web sites: one Lucene index per site, fed with
 * {@link la.gov.gweb.search.SearchDocument}s, searched with Lao-aware queries built from the
 * reader's words (never from query syntax), with highlighted snippets and a government-wide search.
 */
package la.gov.gweb.search;
