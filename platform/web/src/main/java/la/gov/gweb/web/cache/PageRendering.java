package la.gov.gweb.web.cache;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * The public page this request is rendering, if any: the site as resolved and its change count
 * when rendering began, read before anything of the site's store. Parts kept at that count show
 * the site as this page reads it. Outside a page rendering (a preview, the container's error
 * page, the portal) nothing is found or kept, and every part is rendered.
 */
@RequestScoped
public class PageRendering {

    @Inject
    PageCache cache;

    private TenantSnapshot site;
    private long generation;

    void begin(TenantSnapshot renderedSite, long siteGeneration) {
        this.site = renderedSite;
        this.generation = siteGeneration;
    }

    void end() {
        this.site = null;
    }

    /** The part's markup kept for this page's site, change count and language. */
    public Optional<String> keptPart(String part, Locale locale) {
        return site == null ? Optional.empty() : cache.part(site, generation, part, locale);
    }

    public void keepPart(String part, Locale locale, String markup) {
        if (site != null) {
            cache.keepPart(site, generation, part, locale, markup);
        }
    }
}
