package la.gov.gweb.media;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.content.ResultPage;
import la.gov.gweb.content.StoredFileRef;
import la.gov.gweb.i18n.LocalizedDates;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.persistence.SiteStore;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantSlug;

/**
 * The current site's media library. Authors upload and describe files; editors replace and
 * delete them. An upload is typed and checked from its content before it gets a key; a
 * replacement keeps the key, so the public URL stays, and the earlier content comes back if the
 * change is not committed. Every change is recorded in the library's table and audited.
 */
@ApplicationScoped
public class MediaLibrary {

    static final int TEXT_LIMIT = 500;

    private static final Logger LOG = Logger.getLogger(MediaLibrary.class.getName());

    @Inject
    @SiteStore
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SiteFiles files;

    @Inject
    PlatformSettings settings;

    @Inject
    AuditLog audit;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final UploadInspector inspector = new UploadInspector();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    /**
     * Takes one upload under a new key; refused with a message when too large, of a type not
     * taken, or damaged. A size of -1 means unknown: the limit is then enforced while reading.
     */
    @Transactional
    public MediaFile upload(Caller caller, String fileName, long size, InputStream content) {
        Access.require(caller, SiteRole.AUTHOR);
        TenantSlug site = site();
        ReceivedFile received = files.receive(site, content, limit(size));
        try {
            Inspection inspection = inspector.inspect(received.temporary(), fileName);
            em.joinTransaction();
            MediaFile file = keep(em, site, new StoredContent(cleanName(fileName), received, inspection),
                    caller.username());
            StorageKey key = file.storageKey();
            afterCompletion(committed -> {
                if (!committed) {
                    files.delete(site, key);
                }
            });
            audit.record(site, caller.username(), "media.upload", "MEDIA", file.id(), key + " " + inspection.mediaType());
            return file;
        } finally {
            files.discard(received);
        }
    }

    /**
     * An image for a site that does not exist yet (the logo sent with the request that creates
     * it), received and checked like an upload and refused unless it is an image the library
     * takes. It waits outside every site until {@link #adopt(EntityManager, TenantSlug,
     * StoredContent)} takes it into the new site; {@link #discard} removes it when that did not happen.
     */
    public StoredContent receiveImage(String fileName, long size, InputStream content) {
        ReceivedFile received = files.receiveForNewSite(content, limit(size));
        try {
            return new StoredContent(cleanName(fileName), received, inspector.inspectImage(received.temporary(), fileName));
        } catch (RuntimeException refused) {
            files.discard(received);
            throw refused;
        }
    }

    /**
     * Takes an image from {@link #receiveImage} into a site being created, through its store, as an
     * upload would be: under a new key, with its variants. The site's removal on a failed creation
     * removes it too.
     */
    public MediaFile adopt(EntityManager store, TenantSlug site, StoredContent image) {
        return keep(store, site, image, null);
    }

    public void discard(StoredContent content) {
        files.discard(content.received());
    }

    /**
     * Replaces the content behind a file's URL with an upload of the same type. Until the
     * change commits, the earlier content is kept aside and put back on a rollback.
     */
    @Transactional
    public MediaFile replace(Caller caller, long id, String fileName, long size, InputStream content) {
        Access.require(caller, SiteRole.EDITOR);
        TenantSlug site = site();
        MediaFile file = load(id);
        ReceivedFile received = files.receive(site, content, limit(size));
        try {
            Inspection inspection = inspector.inspect(received.temporary(), fileName);
            if (!inspection.mediaType().equals(file.mediaType())) {
                throw new UploadRefusedException("upload.replace.otherType", MediaTypes.label(file.mediaType()),
                        MediaTypes.label(inspection.mediaType()));
            }
            em.joinTransaction();
            file.replaceWith(new StoredContent(cleanName(fileName), received, inspection), caller.username(),
                    clock.instant());
            em.flush();
            StorageKey key = file.storageKey();
            Path earlier = files.replace(site, received, key);
            afterCompletion(committed -> {
                if (committed) {
                    SiteFiles.deleteQuietly(earlier);
                } else {
                    files.restore(site, earlier, key);
                    makeVariants(files.path(site, key), inspector.inspect(files.path(site, key), file.path()));
                }
            });
            makeVariants(files.path(site, key), inspection);
            audit.record(site, caller.username(), "media.replace", "MEDIA", id, key + " " + received.sha256());
            return file;
        } finally {
            files.discard(received);
        }
    }

    /** Sets the title and the alternative text (read out to blind visitors) in Lao and English. */
    @Transactional
    public MediaFile describe(Caller caller, long id, LocalizedText title, LocalizedText alt) {
        Access.require(caller, SiteRole.AUTHOR);
        for (String text : new String[] {title.lo(), title.en(), alt.lo(), alt.en()}) {
            if (text != null && text.length() > TEXT_LIMIT) {
                throw new RejectedException(Reason.INVALID, Problem.of(null, "content.tooLong", TEXT_LIMIT));
            }
        }
        em.joinTransaction();
        MediaFile file = load(id);
        file.describe(title, alt);
        em.flush();
        audit.record(site(), caller.username(), "media.describe", "MEDIA", id, file.path());
        return file;
    }

    /** Deletes a file no content uses; refused with the names of its users otherwise. */
    @Transactional
    public void delete(Caller caller, long id) {
        Access.require(caller, SiteRole.EDITOR);
        em.joinTransaction();
        MediaFile file = load(id);
        List<String> users = MediaUsages.of(em, file.storageKey());
        if (!users.isEmpty()) {
            throw new RejectedException(Reason.CONFLICT, Problem.of(null, "media.inUse", String.join(", ", users)));
        }
        TenantSlug site = site();
        StorageKey key = file.storageKey();
        em.remove(file);
        em.flush();
        afterCompletion(committed -> {
            if (committed) {
                files.delete(site, key);
            }
        });
        audit.record(site, caller.username(), "media.delete", "MEDIA", id, key.value());
    }

    /** The largest file taken ({@code GWEB_UPLOAD_MAX_BYTES}). */
    public long maxUploadBytes() {
        return settings.maxUploadBytes();
    }

    /** Where a file is used on the site, by name; empty when unused. */
    public List<String> usages(Caller caller, long id) {
        Access.require(caller, SiteRole.AUTHOR);
        return MediaUsages.of(em, load(id).storageKey());
    }

    /**
     * The library's record of the file at a public path ({@code media/2026/11/...}), if it has one;
     * for readers too, who get an image's alternative text from it.
     */
    public Optional<MediaFile> atPath(String path) {
        return em.createQuery("select m from MediaFile m where m.storageKey = :key", MediaFile.class)
                .setParameter("key", path).getResultStream().findFirst();
    }

    public MediaFile find(Caller caller, long id) {
        Access.require(caller, SiteRole.AUTHOR);
        return load(id);
    }

    /** The site's files, newest first, of one kind or all, whose name or title contains the text. */
    public ResultPage<MediaFile> list(Caller caller, MediaKind kind, String text, int page, int size) {
        Access.require(caller, SiteRole.AUTHOR);
        String where = " from MediaFile m where 1 = 1"
                + (kind == null ? "" : kind == MediaKind.IMAGE ? " and m.mediaType like 'image/%'"
                        : " and m.mediaType not like 'image/%'")
                + (text == null || text.isBlank() ? "" : " and (lower(m.fileName) like :text"
                        + " or lower(m.title.lo) like :text or lower(m.title.en) like :text)");
        TypedQuery<Long> count = em.createQuery("select count(m)" + where, Long.class);
        TypedQuery<MediaFile> files = em.createQuery("select m" + where + " order by m.uploadedAt desc, m.id desc",
                MediaFile.class);
        if (text != null && !text.isBlank()) {
            String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            count.setParameter("text", pattern);
            files.setParameter("text", pattern);
        }
        return new ResultPage<>(files.setFirstResult(ResultPage.offset(page, size)).setMaxResults(size).getResultList(),
                page, size, count.getSingleResult());
    }

    /**
     * Records a file the site already has (from its seed folder) in its library, through the
     * given store, and makes its variants; used where no request and no caller exist.
     */
    public void adopt(EntityManager store, TenantSlug site, StoredFileRef stored) {
        StorageKey key = new StorageKey(stored.storageKey());
        if (store.createQuery("select count(m) from MediaFile m where m.storageKey = :key", Long.class)
                .setParameter("key", key.value()).getSingleResult() > 0) {
            return;
        }
        Path file = files.path(site, key);
        Inspection inspection = ImageHeader.read(file, stored.mediaType())
                .map(s -> new Inspection(stored.mediaType(), s.width(), s.height()))
                .orElse(new Inspection(stored.mediaType(), null, null));
        store.persist(new MediaFile(key, new StoredContent(stored.fileName(),
                new ReceivedFile(file, stored.byteSize(), stored.sha256()), inspection), null, clock.instant()));
        makeVariants(file, inspection);
    }

    /** The upload limit, after refusing a file whose declared size is already over it. */
    private long limit(long declaredSize) {
        long limit = settings.maxUploadBytes();
        if (declaredSize > limit) {
            throw new UploadRefusedException("upload.tooLarge", limit / (1024 * 1024));
        }
        return limit;
    }

    /** Puts an inspected file under a new key of the site and records it in its library, with its variants. */
    private MediaFile keep(EntityManager store, TenantSlug site, StoredContent content, String uploadedBy) {
        StorageKey key = newKey(content.fileName(), content.inspection().mediaType());
        MediaFile file = new MediaFile(key, content, uploadedBy, clock.instant());
        store.persist(file);
        store.flush();
        makeVariants(files.keep(site, content.received(), key), content.inspection());
        return file;
    }

    /** Variants are derived: when one cannot be made the original is served, so the upload stands. */
    private void makeVariants(Path file, Inspection inspection) {
        if (inspection.width() == null || inspection.height() == null
                || (long) inspection.width() * inspection.height() > UploadInspector.MAX_PIXELS) {
            return;
        }
        try {
            ImageVariants.create(file, inspection.mediaType(), inspection.width());
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "No variants of " + file, e);
        }
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                try {
                    action.accept(status == Status.STATUS_COMMITTED);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Could not finish a media change on disk", e);
                }
            }
        });
    }

    private MediaFile load(long id) {
        MediaFile file = em.find(MediaFile.class, id);
        if (file == null) {
            throw new RejectedException(Reason.NOT_FOUND, Problem.of(null, "media.unknown", id));
        }
        return file;
    }

    private TenantSlug site() {
        return currentTenant.get().slug();
    }

    private StorageKey newKey(String fileName, String mediaType) {
        LocalDate today = LocalDate.now(LocalizedDates.VIENTIANE);
        byte[] unique = new byte[4];
        random.nextBytes(unique);
        return new StorageKey(String.format(Locale.ROOT, "media/%d/%02d/%s-%s", today.getYear(),
                today.getMonthValue(), HexFormat.of().formatHex(unique), keyName(fileName, mediaType)));
    }

    private static String cleanName(String fileName) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        return base.isEmpty() ? "file" : base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    /**
     * The readable part of a name for the URL (ASCII letters, digits, hyphens) with the extension
     * of the detected type, which is what the file is later served as: a Lao name keeps only its
     * extension, and a JPEG sent as {@code photo.png} is stored as {@code photo.jpg}.
     */
    static String keyName(String fileName, String mediaType) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").toLowerCase(Locale.ROOT);
        int dot = base.lastIndexOf('.');
        String extension = dot < 0 ? "" : base.substring(dot + 1);
        String stem = (dot < 0 ? base : base.substring(0, dot)).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (stem.length() > 70) {
            stem = stem.substring(stem.length() - 70).replaceAll("^-+", "");
        }
        if (!MediaTypes.byFileName("x." + extension).equals(mediaType)) {
            extension = MediaTypes.extension(mediaType);
        }
        return (stem.isEmpty() ? "file" : stem) + "." + extension;
    }
}
