package la.gov.gweb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.persistence.TenantStores;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.TenantCatalog;
import la.gov.gweb.tenant.TenantChange;
import la.gov.gweb.tenant.TenantConflictException;
import la.gov.gweb.tenant.TenantProvisioning;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.tenant.TenantStatus;

/** The platform admin's view of every site, and changes to a site's status, names, hosts and theme. */
@ApplicationScoped
public class PlatformSites {

    @Inject
    TenantCatalog catalog;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantStores stores;

    @Inject
    SiteCreation creation;

    @Inject
    AuditLog audit;

    public List<SiteOverview> list(Caller caller) {
        Access.requirePlatformAdmin(caller);
        return catalog.all().stream().map(this::overview).toList();
    }

    public SiteOverview find(Caller caller, String slug) {
        Access.requirePlatformAdmin(caller);
        return overview(site(slug));
    }

    /** Changes a site; each change is checked like a new site's and audited. */
    public SiteOverview change(Caller caller, String slug, SiteChange change) {
        Access.requirePlatformAdmin(caller);
        TenantSnapshot site = site(slug);
        TenantStatus status = change.status() == null ? null : status(change.status());
        SiteRules.checkChange(site.slug(), change.names(), change.hosts(), change.theme(), creation.rulesView());
        LocalizedText names = change.names() == null ? null
                : LocalizedText.of(change.names().lo().strip(), change.names().en().strip());
        TenantSnapshot changed;
        try {
            changed = provisioning.change(site.slug(), new TenantChange(status, names,
                    change.hosts() == null ? null : SiteRules.hostNames(change.hosts()), change.theme()));
        } catch (TenantConflictException e) {
            throw new RejectedException(Reason.CONFLICT, Problem.of("hosts", "site.conflict"));
        }
        audit.record(site.slug(), caller.username(), "site.change", "site", slug, describe(change));
        return overview(changed);
    }

    private static String describe(SiteChange change) {
        List<String> parts = new ArrayList<>();
        if (change.status() != null) {
            parts.add("status " + change.status().toLowerCase(Locale.ROOT));
        }
        if (change.names() != null) {
            parts.add("names " + change.names().lo() + " / " + change.names().en());
        }
        if (change.hosts() != null) {
            parts.add("hosts " + String.join(", ", change.hosts()));
        }
        if (change.theme() != null) {
            parts.add("theme " + change.theme());
        }
        return String.join("; ", parts);
    }

    private TenantSnapshot site(String slug) {
        return Optional.ofNullable(slug).filter(TenantSlug::isValid).map(TenantSlug::of).flatMap(catalog::find)
                .orElseThrow(() -> new RejectedException(Reason.NOT_FOUND, Problem.of(null, "site.unknown",
                        String.valueOf(slug))));
    }

    private static TenantStatus status(String status) {
        for (TenantStatus candidate : TenantStatus.values()) {
            if (candidate.name().equalsIgnoreCase(status)) {
                return candidate;
            }
        }
        throw new RejectedException(Reason.INVALID, Problem.of("status", "site.status.invalid"));
    }

    private SiteOverview overview(TenantSnapshot site) {
        EntityManager em = stores.open(site);
        try {
            Map<ContentType, Long> counts = new EnumMap<>(ContentType.class);
            for (Object[] row : em.createQuery("select c.type, count(c) from ContentItem c group by c.type",
                    Object[].class).getResultList()) {
                counts.put((ContentType) row[0], (Long) row[1]);
            }
            // Ordered rather than max(): an aggregate would bypass the instant converter.
            Optional<Instant> last = em.createQuery("select c.publishedAt from ContentItem c where c.status = :published"
                            + " and c.publishedAt is not null order by c.publishedAt desc", Instant.class)
                    .setParameter("published", ContentStatus.PUBLISHED).setMaxResults(1).getResultStream().findFirst();
            return new SiteOverview(site, counts, last);
        } finally {
            em.close();
        }
    }
}
