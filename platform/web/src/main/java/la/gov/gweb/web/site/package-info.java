/**
 * The backing beans of the public site: the site and language of the request, links in the
 * reader's language, and what each view shows. They only read; the router loaded the rest.
 */
package la.gov.gweb.web.site;
