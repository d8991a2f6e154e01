/** Messages for users in Lao and English, and the language each kind of user reads them in. */
package la.gov.gweb.web.i18n;
