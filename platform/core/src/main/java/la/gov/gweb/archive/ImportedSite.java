package la.gov.gweb.archive;

import java.util.List;
import java.util.Map;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * A site made from an archive: the site as it now is, the rows and files it received, and the
 * members whose accounts this platform does not have (their roles could not be given).
 */
public record ImportedSite(TenantSnapshot site, Map<String, Long> counts, List<String> membersNotFound) {

    public ImportedSite {
        counts = Map.copyOf(counts);
        membersNotFound = List.copyOf(membersNotFound);
    }
}
