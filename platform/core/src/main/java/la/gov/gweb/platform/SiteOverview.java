package la.gov.gweb.platform;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.tenant.TenantSnapshot;

/** A site as the platform admin's list shows it: its catalog entry, how much content of each type it has, and its last publish. */
public record SiteOverview(TenantSnapshot site, Map<ContentType, Long> contentCounts, Optional<Instant> lastPublished) {

    public SiteOverview {
        contentCounts = Map.copyOf(contentCounts);
    }
}
