package la.gov.gweb.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.content.LegalDetails;
import la.gov.gweb.content.StoredFileRef;
import la.gov.gweb.indexing.SearchOutbox;
import la.gov.gweb.media.MediaLibrary;
import la.gov.gweb.media.SiteFiles;
import la.gov.gweb.media.StorageKey;
import la.gov.gweb.media.StoredContent;
import la.gov.gweb.menu.MenuItem;
import la.gov.gweb.menu.MenuKind;
import la.gov.gweb.persistence.TenantStores;
import la.gov.gweb.site.SiteSettings;
import la.gov.gweb.tenant.TenantSnapshot;

/** Stores a seed's settings, menus, content and files into a newly created site, in one transaction. */
@ApplicationScoped
public class SiteSeedImporter {

    @Inject
    TenantStores stores;

    @Inject
    SiteFiles files;

    @Inject
    SearchOutbox outbox;

    @Inject
    MediaLibrary media;

    private final Clock clock = Clock.systemUTC();

    /**
     * {@code logo}, when not null, is an image received for the new site
     * ({@link MediaLibrary#receiveImage}) that becomes its logo in place of the seed's.
     */
    @Transactional
    public void importInto(TenantSnapshot tenant, SiteSeed seed, StoredContent logo) {
        EntityManager em = stores.open(tenant);
        try {
            Instant now = clock.instant();
            SiteSeed.Settings settings = seed.settings();
            String logoKey = logo != null ? media.adopt(em, tenant.slug(), logo).path()
                    : settings.logo() == null ? null : copy(em, tenant, seed, settings.logo()).storageKey();
            SiteSettings siteSettings = new SiteSettings(settings.address(), settings.phone(), settings.email(),
                    logoKey, settings.social());
            siteSettings.changeAppearance(settings.colour(), settings.digits());
            em.persist(siteSettings);
            persistMenu(em, MenuKind.MAIN, null, seed.mainMenu());
            persistMenu(em, MenuKind.FOOTER, null, seed.footerMenu());
            List<ContentItem> items = new ArrayList<>();
            for (SiteSeed.Item item : seed.items()) {
                ContentItem content = contentItem(em, tenant, seed, item, now);
                em.persist(content);
                items.add(content);
            }
            em.flush();
            for (int i = 0; i < items.size(); i++) {
                SiteSeed.FromTemplate from = seed.items().get(i).template();
                if (from != null) {
                    items.get(i).followTemplate(from.template(), from.path(), from.revision());
                }
            }
            items.forEach(content -> outbox.itemChanged(em, tenant.slug(), content));
        } finally {
            em.close();
        }
    }

    private ContentItem contentItem(EntityManager em, TenantSnapshot tenant, SiteSeed seed, SiteSeed.Item item, Instant now) {
        ContentItem content = new ContentItem(item.type(), item.slug(), item.title(), now);
        content.writeText(item.title(), item.summary(), item.body(), now);
        content.placeAmongSiblings(item.order());
        if (item.status() == ContentStatus.PUBLISHED) {
            content.publish(item.publishedAt() == null ? now : item.publishedAt());
        }
        if (item.image() != null) {
            content.showLeadImage(copy(em, tenant, seed, item.image()).storageKey());
        }
        if (item.legal() != null) {
            SiteSeed.Legal legal = item.legal();
            content.describeLegalDocument(new LegalDetails(legal.number(), legal.kind(), legal.issued(), legal.issuer()));
        }
        for (SiteSeed.AttachmentFile attachment : item.attachments()) {
            content.attach(copy(em, tenant, seed, attachment.file()), attachment.title());
        }
        return content;
    }

    private void persistMenu(EntityManager em, MenuKind kind, MenuItem parent, List<SiteSeed.Menu> entries) {
        for (int i = 0; i < entries.size(); i++) {
            SiteSeed.Menu entry = entries.get(i);
            MenuItem item = new MenuItem(kind, parent, i, entry.label(), entry.link());
            em.persist(item);
            persistMenu(em, kind, item, entry.children());
        }
    }

    /** Copies a file of the folder into the site's store; images and files under media/ join its library. */
    private StoredFileRef copy(EntityManager em, TenantSnapshot tenant, SiteSeed seed, String relative) {
        Path source = seed.folder().resolve(relative);
        try (InputStream in = Files.newInputStream(source)) {
            StorageKey key = new StorageKey(relative);
            StoredFileRef stored = files.store(tenant.slug(), key, in, source.getFileName().toString());
            if (key.isIn("media")) {
                media.adopt(em, tenant.slug(), stored);
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source, e);
        }
    }
}
