package la.gov.gweb.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantCatalog;
import la.gov.gweb.tenant.TenantDefinition;
import la.gov.gweb.tenant.TenantDirectory;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantStatus;

/**
 * Who an imported site becomes: the archived slug and hosts, or those the caller gives. Names are
 * compared in lower case, so {@code MTC} is taken when {@code mtc} is; a taken slug, a host of
 * another site or of the portal, or a folder left by an earlier site is refused before anything
 * is created.
 */
@ApplicationScoped
public class ImportIdentity {

    /** The slug and hosts a caller asked for; empty for "as archived". */
    record Requested(Optional<TenantSlug> slug, List<HostName> hosts) {
    }

    @Inject
    TenantCatalog catalog;

    @Inject
    TenantDirectory directory;

    @Inject
    PlatformSettings settings;

    Requested requested(String slug, List<String> hosts) {
        Optional<TenantSlug> asked = Optional.empty();
        if (slug != null && !slug.isBlank()) {
            String lower = slug.strip().toLowerCase(Locale.ROOT);
            if (!TenantSlug.isValid(lower)) {
                throw new RejectedException(Reason.INVALID, Problem.of("slug", "archive.slugInvalid", slug));
            }
            asked = Optional.of(TenantSlug.of(lower));
        }
        Set<HostName> names = new LinkedHashSet<>();
        for (String listed : hosts == null ? List.<String>of() : hosts) {
            for (String host : listed.split(",")) {
                if (host.isBlank()) {
                    continue;
                }
                try {
                    if (!names.add(HostName.of(host))) {
                        throw new RejectedException(Reason.INVALID, Problem.of("hosts", "archive.hostTwice", host.strip()));
                    }
                } catch (IllegalArgumentException invalid) {
                    throw new RejectedException(Reason.INVALID, Problem.of("hosts", "archive.hostInvalid", host.strip()));
                }
            }
        }
        return new Requested(asked, new ArrayList<>(names));
    }

    /** The definition of the site to create, suspended until it is filled. */
    TenantDefinition resolve(ArchiveManifest manifest, Requested requested) {
        TenantSlug slug = requested.slug().orElse(manifest.site().slug());
        List<HostName> hosts = requested.hosts().isEmpty() ? manifest.site().hosts() : requested.hosts();
        if (catalog.find(slug).isPresent()) {
            throw ArchiveRefusal.conflict("slug", "archive.slugTaken", slug.value());
        }
        for (HostName host : hosts) {
            if (host.equals(settings.portalHost()) || directory.resolve(host).isPresent()) {
                throw ArchiveRefusal.conflict("hosts", "archive.hostTaken", host.value());
            }
        }
        if (Files.exists(settings.dataDir().resolve("sites").resolve(slug.value()))) {
            throw ArchiveRefusal.conflict("slug", "archive.folderLeft", slug.value());
        }
        return new TenantDefinition(slug, TenantStatus.SUSPENDED, manifest.site().theme(), manifest.site().names(), hosts);
    }
}
