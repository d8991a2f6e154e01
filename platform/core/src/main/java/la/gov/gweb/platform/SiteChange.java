package la.gov.gweb.platform;

import java.util.List;
import la.gov.gweb.i18n.LocalizedText;

/** A platform admin's change to a site, as typed; null parts stay as they are. */
public record SiteChange(String status, LocalizedText names, List<String> hosts, String theme) {
}
