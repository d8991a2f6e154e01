package la.gov.gweb.menu;

/** The menus of the G-Web layout. */
public enum MenuKind {
    MAIN,
    FOOTER
}
