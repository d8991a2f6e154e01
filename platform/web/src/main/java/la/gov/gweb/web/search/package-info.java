/**
 * Search as readers use it: the search page of every site, the government-wide search of the
 * portal, and the reading of their query parameters, which anyone can edit.
 */
package la.gov.gweb.web.search;
