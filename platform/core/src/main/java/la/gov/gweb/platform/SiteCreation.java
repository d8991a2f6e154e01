package la.gov.gweb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Account;
import la.gov.gweb.account.Accounts;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.GeneratedPassword;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.indexing.SearchIndexer;
import la.gov.gweb.media.MediaLibrary;
import la.gov.gweb.media.SiteFiles;
import la.gov.gweb.media.StoredContent;
import la.gov.gweb.media.UploadRefusedException;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.seed.SeedException;
import la.gov.gweb.seed.SiteSeed;
import la.gov.gweb.seed.SiteSeedImporter;
import la.gov.gweb.site.BrandColour;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantCatalog;
import la.gov.gweb.tenant.TenantConflictException;
import la.gov.gweb.tenant.TenantDefinition;
import la.gov.gweb.tenant.TenantProvisioning;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.tenant.TenantStatus;

/**
 * The one way a site comes into being, from the API, the console or a site folder: checked
 * whole first, then schema, catalog row, content from its template and its people, and only then
 * reachable on its hosts. A failure on the way removes everything made for it: schema, catalog
 * row, files, index and the accounts made for it.
 */
@ApplicationScoped
public class SiteCreation {

    private static final Logger LOG = Logger.getLogger(SiteCreation.class.getName());
    private static final String DEFAULT_THEME = "gweb-standard";

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantCatalog catalog;

    @Inject
    SiteTemplates templates;

    @Inject
    SiteSeedImporter importer;

    @Inject
    Accounts accounts;

    @Inject
    SiteFiles files;

    @Inject
    MediaLibrary media;

    @Inject
    SearchIndexer indexer;

    @Inject
    AuditLog audit;

    @Inject
    PlatformSettings settings;

    /** A platform admin creates a site; it answers on its hosts when this returns. */
    public SiteCreated create(Caller caller, NewSite request) {
        Access.requirePlatformAdmin(caller);
        SiteRules.checkNew(request, rulesView());
        TenantDefinition definition = new TenantDefinition(TenantSlug.of(request.slug()), TenantStatus.ACTIVE,
                request.theme() == null ? DEFAULT_THEME : request.theme(),
                LocalizedText.of(request.names().lo().strip(), request.names().en().strip()),
                SiteRules.hostNames(request.hosts()), request.template());
        SiteSeed seed = withColour(templates.seedFor(request.template(), definition), request.colour());
        NewSite.Admin admin = request.admin();
        Optional<Account> existing = accounts.find(admin.username());
        Optional<String> generated = existing.isPresent() || admin.password() != null ? Optional.empty()
                : Optional.of(GeneratedPassword.create());
        StoredContent logo = receiveLogo(request.logo());
        List<Account> made = new ArrayList<>();
        TenantSnapshot site;
        try {
            site = build(definition, seed, logo, made, () -> {
                Account account = existing.orElseGet(() -> made(made, newAdmin(admin, generated.orElse(admin.password()))));
                return tenant -> accounts.grant(account, tenant.slug(), SiteRole.SITE_ADMIN);
            });
        } finally {
            if (logo != null) {
                media.discard(logo);
            }
        }
        audit.record(site.slug(), caller.username(), "site.create", "site", site.slug().value(),
                "template " + request.template() + ", admin " + admin.username().strip().toLowerCase(Locale.ROOT)
                        + (logo == null ? "" : ", logo " + logo.fileName()));
        return new SiteCreated(site, admin.username().strip().toLowerCase(Locale.ROOT), existing.isEmpty(), generated);
    }

    /** The largest logo taken: any upload's limit ({@code GWEB_UPLOAD_MAX_BYTES}). */
    public long maxLogoBytes() {
        return settings.maxUploadBytes();
    }

    /**
     * The logo sent with the request, received and checked before anything of the site is made,
     * so that a refused logo (400, beside its field) leaves nothing behind; null when none was sent.
     */
    private StoredContent receiveLogo(NewSite.Logo logo) {
        if (logo == null) {
            return null;
        }
        String fileName = logo.fileName() == null || logo.fileName().isBlank() ? "logo" : logo.fileName();
        try {
            return media.receiveImage(fileName, logo.size(), logo.content());
        } catch (UploadRefusedException refused) {
            throw new RejectedException(Reason.INVALID, Problem.of("brand.logo", "site.logo.refused", fileName,
                    Problem.of(null, refused.key(), refused.arguments())));
        }
    }

    /**
     * Creates the site of a folder under {@code tenants/} unless it exists, laid over its template
     * when it names one; returns whether it was created.
     */
    public boolean createFromFolder(SiteSeed folder) {
        TenantDefinition definition = folder.tenant();
        if (catalog.find(definition.slug()).isPresent()) {
            return false;
        }
        SiteSeed seed = folder;
        if (definition.template() != null) {
            if (!SiteTemplates.exists(definition.template())) {
                throw new SeedException(folder.folder(), "'template' must be one of " + SiteTemplates.NAMES);
            }
            seed = folder.over(templates.seedFor(definition.template(), definition));
        }
        SiteSeed filled = seed;
        List<Account> made = new ArrayList<>();
        TenantSnapshot site = build(definition, filled, null, made, () -> tenant -> filled.members().forEach(member -> {
            Account account = accounts.find(member.username()).orElseGet(() -> made(made,
                    accounts.create(member.username(), member.name(), member.password().toCharArray(), false)));
            accounts.grant(account, tenant.slug(), member.role());
        }));
        LOG.info(() -> "Site " + site.slug() + " created from " + folder.folder() + " with " + filled.items().size()
                + " content items");
        return true;
    }

    /**
     * Makes the site: {@code people} runs first (it may make accounts, listed in {@code made}) and
     * gives what grants them their roles once the content is in. A slug or host taken meanwhile by
     * another creation is a conflict that touches nothing of that other site. {@code logo} (or
     * null) joins the site's files with its content, so a failure after that removes it with them.
     */
    private TenantSnapshot build(TenantDefinition definition, SiteSeed seed, StoredContent logo, List<Account> made,
                                 Supplier<Consumer<TenantSnapshot>> people) {
        try {
            Consumer<TenantSnapshot> grants = people.get();
            TenantSnapshot site = provisioning.create(definition, tenant -> {
                importer.importInto(tenant, seed, logo);
                grants.accept(tenant);
            });
            indexer.requestDrain(site.slug());
            return site;
        } catch (TenantConflictException e) {
            made.forEach(this::deleteQuietly);
            throw new RejectedException(Reason.CONFLICT, Problem.of(null, "site.conflict"));
        } catch (RejectedException e) {
            made.forEach(this::deleteQuietly);
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Site " + definition.slug() + " could not be created; nothing of it is kept", e);
            made.forEach(this::deleteQuietly);
            files.deleteSiteFolder(definition.slug());
            throw e;
        }
    }

    /** The new admin account; a user name taken meanwhile is the same conflict as one taken before. */
    private Account newAdmin(NewSite.Admin admin, String password) {
        try {
            return accounts.create(admin.username(), admin.name().strip(),
                    admin.email() == null ? null : admin.email().strip(), password.toCharArray());
        } catch (IllegalArgumentException taken) {
            throw new RejectedException(Reason.CONFLICT, Problem.of("admin.username", "site.admin.exists",
                    admin.username().strip()));
        }
    }

    private static Account made(List<Account> made, Account account) {
        made.add(account);
        return account;
    }

    private void deleteQuietly(Account account) {
        try {
            accounts.delete(account);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remove the account " + account.username() + " of a failed site", e);
        }
    }

    private static SiteSeed withColour(SiteSeed seed, String colour) {
        if (colour == null) {
            return seed;
        }
        SiteSeed.Settings given = seed.settings();
        SiteSeed.Settings settings = new SiteSeed.Settings(given.address(), given.phone(), given.email(),
                given.logo(), given.social(), BrandColour.fromCode(colour).orElseThrow(), given.digits());
        return new SiteSeed(seed.folder(), seed.tenant(), settings, seed.mainMenu(), seed.footerMenu(), seed.items(),
                seed.members());
    }

    /** The platform as the rules see it. */
    SiteRules.Platform rulesView() {
        return new SiteRules.Platform() {
            @Override
            public boolean slugTaken(String slug) {
                return TenantSlug.isValid(slug) && catalog.find(TenantSlug.of(slug)).isPresent();
            }

            @Override
            public Optional<TenantSlug> hostOwner(HostName host) {
                return catalog.hostOwner(host);
            }

            @Override
            public boolean accountExists(String username) {
                return accounts.find(username).isPresent();
            }

            @Override
            public boolean themeInstalled(String theme) {
                return InstalledThemes.isInstalled(theme);
            }

            @Override
            public HostName portalHost() {
                return settings.portalHost();
            }
        };
    }
}
