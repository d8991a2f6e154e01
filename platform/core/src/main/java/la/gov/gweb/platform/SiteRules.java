package la.gov.gweb.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import la.gov.gweb.account.Accounts;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.site.BrandColour;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSlug;

/**
 * The checks of a new site and of a change to a site, all made before anything is stored, each
 * refusal a message key. Input that cannot be right is refused as invalid (400); input that is
 * right but collides with another site or account as a conflict (409), also when it differs from
 * the other only in case.
 */
public final class SiteRules {

    static final int MAX_NAME_LENGTH = 300;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL_LENGTH = 200;

    /** What the rules need to know of the platform as it is now. */
    public interface Platform {
        boolean slugTaken(String slug);

        Optional<TenantSlug> hostOwner(HostName host);

        boolean accountExists(String username);

        boolean themeInstalled(String theme);

        HostName portalHost();
    }

    private final Platform platform;
    private final List<Problem> invalid = new ArrayList<>();
    private final List<Problem> conflicts = new ArrayList<>();

    private SiteRules(Platform platform) {
        this.platform = platform;
    }

    /** Refuses a new site with every problem it has. */
    public static void checkNew(NewSite site, Platform platform) {
        SiteRules rules = new SiteRules(platform);
        rules.slug(site.slug());
        rules.names(site.names());
        rules.hosts(site.hosts(), null);
        rules.theme(site.theme());
        if (!SiteTemplates.exists(site.template())) {
            rules.invalid.add(Problem.of("template", "site.template.unknown", String.valueOf(site.template()),
                    String.join(", ", SiteTemplates.NAMES)));
        }
        if (site.colour() != null && BrandColour.fromCode(site.colour()).isEmpty()) {
            rules.invalid.add(Problem.of("brand.colour", "site.colour.unknown", site.colour(),
                    Arrays.stream(BrandColour.values()).map(BrandColour::code).collect(Collectors.joining(", "))));
        }
        rules.admin(site.admin());
        rules.refuseIfAny();
    }

    /** Refuses a change of names, hosts or theme of the site {@code slug}; null parts are not changed. */
    public static void checkChange(TenantSlug slug, LocalizedText names, List<String> hosts, String theme,
                                   Platform platform) {
        SiteRules rules = new SiteRules(platform);
        if (names != null) {
            rules.names(names);
        }
        if (hosts != null) {
            rules.hosts(hosts, slug);
        }
        if (theme != null) {
            rules.theme(theme);
        }
        rules.refuseIfAny();
    }

    /** The host names as the catalog keeps them; call after the checks passed. */
    public static List<HostName> hostNames(List<String> hosts) {
        return hosts.stream().map(HostName::of).toList();
    }

    private void slug(String slug) {
        String lower = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && platform.slugTaken(lower)) {
            conflicts.add(Problem.of("slug", "site.slug.taken", lower));
        } else if (!TenantSlug.isValid(slug)) {
            invalid.add(Problem.of("slug", "site.slug.invalid", String.valueOf(slug)));
        }
    }

    private void names(LocalizedText names) {
        for (String name : names == null ? new String[] {null, null} : new String[] {names.lo(), names.en()}) {
            if (name == null || name.isBlank()) {
                invalid.add(Problem.of("names", "site.names.required"));
                return;
            }
            if (name.length() > MAX_NAME_LENGTH) {
                invalid.add(Problem.of("names", "site.name.tooLong", MAX_NAME_LENGTH));
                return;
            }
        }
    }

    private void hosts(List<String> hosts, TenantSlug changing) {
        if (hosts.isEmpty()) {
            invalid.add(Problem.of("hosts", "site.hosts.required"));
            return;
        }
        Set<HostName> seen = new HashSet<>();
        for (String text : hosts) {
            HostName host;
            try {
                host = HostName.of(text);
            } catch (IllegalArgumentException e) {
                invalid.add(Problem.of("hosts", "site.host.invalid", String.valueOf(text)));
                continue;
            }
            if (!seen.add(host)) {
                invalid.add(Problem.of("hosts", "site.host.duplicate", host.value()));
            } else if (host.equals(platform.portalHost())) {
                invalid.add(Problem.of("hosts", "site.host.portal", host.value()));
            } else {
                platform.hostOwner(host).filter(owner -> !owner.equals(changing)).ifPresent(owner ->
                        conflicts.add(Problem.of("hosts", "site.host.taken", host.value(), owner.value())));
            }
        }
    }

    private void theme(String theme) {
        if (theme != null && !platform.themeInstalled(theme)) {
            invalid.add(Problem.of("theme", "site.theme.unknown", theme));
        }
    }

    private void admin(NewSite.Admin admin) {
        if (admin == null || admin.username() == null || admin.username().isBlank()) {
            invalid.add(Problem.of("admin.username", "site.admin.required"));
            return;
        }
        if (!Accounts.isValidUsername(admin.username())) {
            invalid.add(Problem.of("admin.username", "member.username.invalid"));
            return;
        }
        if (platform.accountExists(admin.username())) {
            if (admin.asksForNewAccount()) {
                conflicts.add(Problem.of("admin.username", "site.admin.exists", admin.username().strip()));
            }
            return;
        }
        if (admin.name() == null || admin.name().isBlank() || admin.name().length() > MAX_NAME_LENGTH) {
            invalid.add(Problem.of("admin.name", "site.admin.name.required"));
        }
        if (admin.email() != null && (admin.email().length() > MAX_EMAIL_LENGTH
                || !EMAIL.matcher(admin.email().strip()).matches())) {
            invalid.add(Problem.of("admin.email", "site.admin.email.invalid", admin.email()));
        }
        if (admin.password() != null && admin.password().length() < 10) {
            invalid.add(Problem.of("admin.password", "member.password.short"));
        }
    }

    private void refuseIfAny() {
        if (!invalid.isEmpty()) {
            List<Problem> all = new ArrayList<>(invalid);
            all.addAll(conflicts);
            throw new RejectedException(Reason.INVALID, all);
        }
        if (!conflicts.isEmpty()) {
            throw new RejectedException(Reason.CONFLICT, conflicts);
        }
    }
}
