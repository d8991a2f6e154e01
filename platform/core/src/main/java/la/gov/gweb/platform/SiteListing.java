package la.gov.gweb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.tenant.TenantStatus;

/**
 * The platform console's list of sites: every site with its figures (content, storage, last
 * publish, index), filtered by status and by text in its slug, names or host names.
 */
@ApplicationScoped
public class SiteListing {

    @Inject
    TenantDirectory directory;

    @Inject
    SiteMeasurements measurements;

    /** Sites with this status (all when null) whose slug, names or host names contain the text. */
    public List<SiteRow> list(Caller caller, TenantStatus status, String text) {
        Access.requirePlatformAdmin(caller);
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return directory.all().stream()
                .filter(site -> status == null || site.status() == status)
                .filter(site -> needle.isEmpty() || matches(site, needle))
                .map(site -> new SiteRow(site, measurements.of(site)))
                .toList();
    }

    private static boolean matches(TenantSnapshot site, String needle) {
        return site.slug().value().contains(needle)
                || site.names().lo().toLowerCase(Locale.ROOT).contains(needle)
                || site.names().en().toLowerCase(Locale.ROOT).contains(needle)
                || site.hosts().stream().anyMatch(host -> host.value().contains(needle));
    }
}
