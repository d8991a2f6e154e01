package la.gov.gweb.web.layout;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import java.io.IOException;
import la.gov.gweb.web.cache.PageRendering;

/**
 * {@code <g:sitewide>}: markup that is the same on every page of a site in one language, such as
 * the banner, the header, the navigation and the footer. When the page's site has it kept, its
 * children are neither built nor rendered: building and rendering them is most of a page's cost.
 * What it encloses may read the site, its settings and menus, the theme and the page's language,
 * and nothing else: never the page's path, item or query.
 */
public final class SitewideHandler extends ComponentHandler {

    /** Where the tag stands in its template, which names the part. */
    private final String part;
    private volatile PageRendering rendering;

    public SitewideHandler(ComponentConfig config) {
        super(config);
        this.part = tag.getLocation().toString();
    }

    @Override
    public void onComponentCreated(FaceletContext context, UIComponent component, UIComponent parent) {
        ((SitewidePart) component).prepare(rendering(), part, context.getFacesContext().getViewRoot().getLocale());
    }

    @Override
    public void applyNextHandler(FaceletContext context, UIComponent component) throws IOException {
        if (!((SitewidePart) component).isKept()) {
            super.applyNextHandler(context, component);
        }
    }

    /** The request's page rendering, through its client proxy: the handler outlives every request. */
    private PageRendering rendering() {
        PageRendering current = rendering;
        if (current == null) {
            current = CDI.current().select(PageRendering.class).get();
            rendering = current;
        }
        return current;
    }
}
