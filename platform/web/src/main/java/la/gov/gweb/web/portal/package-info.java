/** The platform's own host: the portal that lists every active government site. */
package la.gov.gweb.web.portal;
