package la.gov.gweb.web.layout;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import la.gov.gweb.web.cache.PageRendering;

/**
 * The component of {@code <g:sitewide>}: writes the part as kept, or renders its children once,
 * writes them and keeps what they wrote. Public views are transient, so nothing here is state.
 */
@FacesComponent(SitewidePart.COMPONENT_TYPE)
public class SitewidePart extends UIComponentBase {

    public static final String COMPONENT_TYPE = "la.gov.gweb.SitewidePart";
    private static final String FAMILY = "la.gov.gweb.Layout";
    /** About the largest part (a footer with its links), so that capturing it does not grow the buffer. */
    private static final int BUFFER = 8 * 1024;

    private PageRendering rendering;
    private String part;
    private Locale locale;
    private String kept;

    void prepare(PageRendering pageRendering, String partName, Locale pageLocale) {
        this.rendering = pageRendering;
        this.part = partName;
        this.locale = pageLocale;
        this.kept = pageRendering.keptPart(partName, pageLocale).orElse(null);
    }

    boolean isKept() {
        return kept != null;
    }

    @Override
    public String getFamily() {
        return FAMILY;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        if (kept != null) {
            writer.write(kept);
            return;
        }
        StringWriter buffer = new StringWriter(BUFFER);
        context.setResponseWriter(writer.cloneWithWriter(buffer));
        try {
            for (UIComponent child : getChildren()) {
                child.encodeAll(context);
            }
        } finally {
            context.setResponseWriter(writer);
        }
        String markup = buffer.toString();
        writer.write(markup);
        rendering.keepPart(part, locale, markup);
    }
}
