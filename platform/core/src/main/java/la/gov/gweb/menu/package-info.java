/** A site's menus: the main navigation (two levels) and the footer links, each label bilingual. */
package la.gov.gweb.menu;
