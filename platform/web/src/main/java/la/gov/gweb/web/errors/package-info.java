/**
 * The pages a reader sees when something fails or a site is closed: in the site's layout when
 * there is a site to show, as a plain bilingual page when there is none.
 */
package la.gov.gweb.web.errors;
