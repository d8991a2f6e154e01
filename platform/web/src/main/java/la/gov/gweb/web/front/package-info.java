/**
 * The page cache answered at Payara's HTTP listener, before the servlet container: a request for a
 * page the cache holds is sent from there, every other request goes on to the container unchanged.
 */
package la.gov.gweb.web.front;
