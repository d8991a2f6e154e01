/** A site's own settings: contact details, logo and social media links shown in the layout. */
package la.gov.gweb.site;
