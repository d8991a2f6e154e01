package la.gov.gweb.platform;

import java.util.List;
import la.gov.gweb.i18n.LocalizedText;

/**
 * What a platform admin asks for when creating a site, as typed: nothing is checked yet
 * ({@link SiteRules} does). {@code colour} is a code of the G-Web palette ({@code blue}, ...),
 * null for the default one.
 */
public record NewSite(String slug, LocalizedText names, List<String> hosts, String theme, String template,
                      String colour, Admin admin) {

    public NewSite {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }

    /**
     * The site's first admin: an existing account by user name alone, or a new one with a name, an
     * optional e-mail address and an optional password (generated when missing).
     */
    public record Admin(String username, String name, String email, String password) {

        boolean asksForNewAccount() {
            return name != null || email != null || password != null;
        }
    }
}
