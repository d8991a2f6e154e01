/**
 * What makes the public sites findable beyond their pages: robots.txt, the sitemap with both
 * languages as alternates, Atom feeds per list and language, and the head tags (canonical URL,
 * hreflang, Open Graph and Twitter cards, feed links) every public page carries.
 */
package la.gov.gweb.web.findable;
