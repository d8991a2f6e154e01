package la.gov.gweb.web.routing;

/** The public views; each is one Facelets file under {@code /WEB-INF/views/}. */
public enum View {
    HOME("home"),
    PAGE("page"),
    LIST("list"),
    ITEM("item"),
    LEGAL_REGISTER("legal-register"),
    LEGAL_DOCUMENT("legal-document"),
    SEARCH("search"),
    NOT_FOUND("not-found");

    private final String file;

    View(String file) {
        this.file = file;
    }

    public String viewId() {
        return "/WEB-INF/views/" + file + ".xhtml";
    }
}
