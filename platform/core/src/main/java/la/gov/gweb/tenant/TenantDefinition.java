package la.gov.gweb.tenant;

import java.util.List;
import java.util.Objects;
import la.gov.gweb.i18n.LocalizedText;

/**
 * What it takes to create a site: slug, status, theme, names, host names (primary first) and the
 * template it is made from, if any.
 */
public record TenantDefinition(TenantSlug slug, TenantStatus status, String theme, LocalizedText names,
                               List<HostName> hosts, String template) {

    /** A site made from no template. */
    public TenantDefinition(TenantSlug slug, TenantStatus status, String theme, LocalizedText names,
                            List<HostName> hosts) {
        this(slug, status, theme, names, hosts, null);
    }

    public TenantDefinition {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(names, "names");
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("Site " + slug + " needs at least one host name");
        }
        if (hosts.stream().distinct().count() != hosts.size()) {
            throw new IllegalArgumentException("Site " + slug + " lists a host name twice");
        }
        if (names.lo() == null || names.en() == null) {
            throw new IllegalArgumentException("Site " + slug + " needs a name in Lao and in English");
        }
    }
}
