package la.gov.gweb.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import la.gov.gweb.platform.TemplateOffer;
import la.gov.gweb.platform.TemplateOffers;
import la.gov.gweb.publishing.SafeHtml;
import la.gov.gweb.refusal.RejectedException;

/**
 * {@code /admin/template-updates}: a site admin compares each template change to a page the site
 * edited with the site's own text, and applies it or keeps the site's text.
 */
@Named
@RequestScoped
public class TemplateUpdatesBacking {

    @Inject
    TemplateOffers offers;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    private List<TemplateOffer> updates;

    public List<TemplateOffer> getUpdates() {
        if (updates == null) {
            updates = me.isSiteAdmin() ? offers.list(me.caller()) : List.of();
        }
        return updates;
    }

    /** The template's HTML passes the same allow-list as any saved body before the console shows it. */
    public String safe(String html) {
        return html == null ? "" : SafeHtml.sanitize(html);
    }

    public void apply(long itemId) {
        act(itemId, true);
    }

    public void keep(long itemId) {
        act(itemId, false);
    }

    private void act(long itemId, boolean apply) {
        try {
            if (apply) {
                offers.apply(me.caller(), itemId);
            } else {
                offers.keep(me.caller(), itemId);
            }
            messages.info(apply ? "templates.applied" : "templates.kept");
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
        updates = null;
    }
}
