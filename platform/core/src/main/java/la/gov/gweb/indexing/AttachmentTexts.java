package la.gov.gweb.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import la.gov.gweb.content.Attachment;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.media.SiteFiles;
import la.gov.gweb.media.StorageKey;
import la.gov.gweb.search.extract.Extraction;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * The searchable texts of the attachments of some items: kept ones are read back, files never
 * seen (or changed since) are extracted now and kept. A file that yields no text still gets a
 * row, with the reason, so it is reported once and not parsed again at every change.
 */
@ApplicationScoped
public class AttachmentTexts {

    private static final Logger LOG = Logger.getLogger(AttachmentTexts.class.getName());

    @Inject
    SearchEngine engine;

    @Inject
    SiteFiles files;

    @Inject
    IndexingStore store;

    private final Clock clock = Clock.systemUTC();

    /** The texts by attachment id; {@code em} reads the site's schema and stays open meanwhile. */
    public Map<Long, AttachmentText> of(TenantSnapshot site, EntityManager em, List<ContentItem> items) {
        List<Attachment> attachments = items.stream().flatMap(item -> item.attachments().stream()).toList();
        Map<Long, AttachmentText> texts = new HashMap<>();
        if (attachments.isEmpty()) {
            return texts;
        }
        em.createQuery("select t from AttachmentText t where t.attachmentId in :ids", AttachmentText.class)
                .setParameter("ids", attachments.stream().map(Attachment::id).toList())
                .getResultStream()
                .forEach(text -> texts.put(text.attachmentId(), text));
        for (Attachment attachment : attachments) {
            AttachmentText kept = texts.get(attachment.id());
            if (kept == null || !Objects.equals(kept.sha256(), attachment.sha256())) {
                AttachmentText extracted = extract(site, attachment);
                store.keep(site, extracted);
                texts.put(attachment.id(), extracted);
            }
        }
        return texts;
    }

    private AttachmentText extract(TenantSnapshot site, Attachment attachment) {
        Extraction extraction = files.find(site.slug(), new StorageKey(attachment.storageKey()))
                .map(engine.extractor()::extract)
                .orElseGet(() -> new Extraction(Extraction.Status.UNREADABLE, "", attachment.mediaType(),
                        "The file is missing from the site's file store"));
        if (!extraction.hasText()) {
            LOG.warning(() -> "No searchable text in " + attachment.fileName() + " of " + site.slug() + ": "
                    + extraction.status() + " " + extraction.detail());
        }
        return new AttachmentText(attachment.id(), attachment.sha256(), extraction, clock.instant());
    }
}
