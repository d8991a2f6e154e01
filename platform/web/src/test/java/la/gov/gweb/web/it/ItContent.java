package la.gov.gweb.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import la.gov.gweb.content.Attachment;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.StoredFileRef;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.indexing.SearchOutbox;
import la.gov.gweb.media.SiteFiles;
import la.gov.gweb.media.StorageKey;
import la.gov.gweb.persistence.TenantStores;
import la.gov.gweb.publishing.ContentRevision;
import la.gov.gweb.tenant.TenantSnapshot;

/** Writes and reads content of a given site for the fixtures, through the site's own store. */
@ApplicationScoped
public class ItContent {

    @Inject
    TenantStores stores;

    @Inject
    SearchOutbox outbox;

    @Inject
    SiteFiles files;

    @Transactional
    public long createPage(TenantSnapshot site, String path, String titleLo, String bodyLo, String titleEn,
                           String bodyEn) {
        EntityManager em = stores.open(site);
        try {
            Instant now = Instant.now();
            ContentItem page = new ContentItem(ContentType.PAGE, path, LocalizedText.of(titleLo, titleEn), now);
            page.writeText(LocalizedText.of(titleLo, titleEn), LocalizedText.of(null, null),
                    LocalizedText.of(bodyLo, bodyEn), now);
            page.publish(now.minusSeconds(1));
            em.persist(page);
            em.flush();
            outbox.itemChanged(em, site.slug(), page);
            return page.id();
        } finally {
            em.close();
        }
    }

    /** Attaches a file to an item, as the seed does, and notes the change for the search index. */
    @Transactional
    public long attach(TenantSnapshot site, long itemId, String fileName, byte[] bytes) {
        EntityManager em = stores.open(site);
        try {
            ContentItem item = em.find(ContentItem.class, itemId);
            StoredFileRef stored = files.store(site.slug(), new StorageKey("media/it/" + fileName),
                    new ByteArrayInputStream(bytes), fileName);
            Attachment attachment = item.attach(stored, LocalizedText.of(fileName, fileName));
            em.flush();
            outbox.itemChanged(em, site.slug(), item);
            return attachment.id();
        } finally {
            em.close();
        }
    }

    /** The English bodies an item's revisions kept, oldest first. */
    public List<String> revisionBodies(TenantSnapshot site, long id) {
        EntityManager em = stores.open(site);
        try {
            return em.createQuery("select r from ContentRevision r where r.itemId = :id order by r.number",
                            ContentRevision.class).setParameter("id", id).getResultList().stream()
                    .map(revision -> String.valueOf(revision.snapshot().fields().get("body.en")))
                    .toList();
        } finally {
            em.close();
        }
    }

    /** Reads with a new entity manager, so the text comes from the database, not from a cache. */
    public String titleLo(TenantSnapshot site, long id) {
        EntityManager em = stores.open(site);
        try {
            ContentItem item = em.find(ContentItem.class, id);
            return item == null ? "" : item.title().lo();
        } finally {
            em.close();
        }
    }
}
