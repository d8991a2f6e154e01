/**
 * Facelets tags of the G-Web layout that the themes' templates use: the sitewide parts, built and
 * rendered once per site, language and change of the site instead of on every page.
 */
package la.gov.gweb.web.layout;
