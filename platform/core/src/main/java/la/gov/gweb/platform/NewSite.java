package la.gov.gweb.platform;

import java.io.InputStream;
import java.util.List;
import la.gov.gweb.i18n.LocalizedText;

/**
 * What a platform admin asks for when creating a site, as typed: nothing is checked yet
 * ({@link SiteRules} and, for the logo, the media library do). {@code colour} is a code of the
 * G-Web palette ({@code blue}, ...), null for the default one; {@code logo} is null for none
 * (the layout then shows the G-Web emblem).
 */
public record NewSite(String slug, LocalizedText names, List<String> hosts, String theme, String template,
                      String colour, Admin admin, Logo logo) {

    public NewSite {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }

    /** A site without a logo of its own, as a roll-out row asks for. */
    public NewSite(String slug, LocalizedText names, List<String> hosts, String theme, String template,
                   String colour, Admin admin) {
        this(slug, names, hosts, theme, template, colour, admin, null);
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

    /**
     * A logo file as sent: the name it was sent under (may be null), its declared size (-1 when
     * unknown) and its content, read once by the creation.
     */
    public record Logo(String fileName, long size, InputStream content) {
    }
}
