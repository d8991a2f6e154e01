/**
 * The webmaster console at {@code /admin} of each site (PrimeFaces): sign-in, content lists and
 * the bilingual editor with its workflow, previews and revisions, in the webmaster's language.
 */
package la.gov.gweb.web.console;
