package la.gov.gweb.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.i18n.LocalizedDates;
import la.gov.gweb.platform.SiteMeasurements;
import la.gov.gweb.platform.SiteTemplates;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.web.site.SiteUrls;

/**
 * {@code #{portal}}: the portal's list of active sites, in Lao at {@code /} and in English at
 * {@code /en/}, sorted by name in that language, narrowed by {@code ?kind=} (ministry, province,
 * agency: the template a site was made from) and {@code ?name=}, each with its last
 * publish (measured at most every half minute, never per reader).
 */
@Named("portal")
@RequestScoped
public class PortalView {

    @Inject
    TenantDirectory directory;

    @Inject
    SiteMeasurements measurements;

    @Inject
    HttpServletRequest request;

    public Language getLanguage() {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = original == null ? request.getRequestURI() : original.toString();
        return uri.substring(request.getContextPath().length()).startsWith("/en/") ? Language.EN : Language.LO;
    }

    /** The filter typed in the portal's box, as typed. */
    public String getName() {
        String name = request.getParameter("name");
        return name == null ? "" : name.strip();
    }

    /** The kind of site (the template it was made from) the list is narrowed to by {@code ?kind=}, or empty. */
    public String getKind() {
        String kind = request.getParameter("kind");
        return kind != null && SiteTemplates.exists(kind) ? kind : "";
    }

    public List<String> getKinds() {
        return SiteTemplates.NAMES;
    }

    public List<TenantSnapshot> getSites() {
        Language language = getLanguage();
        String needle = getName().toLowerCase(Locale.ROOT);
        String kind = getKind();
        return directory.all().stream()
                .filter(TenantSnapshot::isActive)
                .filter(site -> kind.isEmpty() || kind.equals(site.template()))
                .filter(site -> needle.isEmpty() || site.names().lo().toLowerCase(Locale.ROOT).contains(needle)
                        || site.names().en().toLowerCase(Locale.ROOT).contains(needle)
                        || site.slug().value().contains(needle))
                .sorted(Comparator.comparing(site -> site.names().in(language).text()))
                .toList();
    }

    /** The day of the site's newest publish, the Lao way on the Lao portal; empty when nothing is published. */
    public String lastUpdate(TenantSnapshot site) {
        Instant last = measurements.of(site).lastPublish();
        return last == null ? "" : LocalizedDates.format(last.atZone(LocalizedDates.VIENTIANE).toLocalDate(), getLanguage());
    }

    /** The site's home in the portal's language, on its primary host, through this request's scheme and port. */
    public String siteUrl(TenantSnapshot site) {
        return SiteUrls.of(request, site, getLanguage() == Language.EN ? "/en/" : "/");
    }
}
