/**
 * The two languages of every site, Lao first and English second, and text that carries both.
 * A missing translation falls back to the other language and says so, never silently.
 */
package la.gov.gweb.i18n;
