package la.gov.gweb.web.console;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.i18n.LocalizedDates;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.media.MediaFile;
import la.gov.gweb.media.MediaLibrary;
import la.gov.gweb.media.UploadRefusedException;
import la.gov.gweb.publishing.ContentEditor;
import la.gov.gweb.publishing.ContentRevision;
import la.gov.gweb.publishing.RevisionDiff;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.web.site.Links;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /admin/edit?id=} or {@code ?type=}: the bilingual editor of one item and its workflow
 * buttons. The version read with the item travels with the form, so a save on top of someone
 * else's newer save is refused instead of overwriting it.
 */
@Named
@ViewScoped
public class ContentEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentEditor editor;

    @Inject
    MediaLibrary media;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    @Inject
    ExternalContext external;

    private List<RevisionDiff.Field> diff = List.of();
    private int comparedRevision;
    private Long id;
    private long version;
    private ContentStatus status;
    private Instant publishedAt;
    private final ContentForm form = new ContentForm();
    private String imageAltLo;
    private String imageAltEn;

    /** Loads the item named by the {@code id} parameter, or starts a new one of type {@code type}. */
    public void load() {
        String idParameter = external.getRequestParameterMap().get("id");
        if (idParameter != null && idParameter.matches("\\d{1,18}")) {
            try {
                show(editor.find(me.caller(), Long.parseLong(idParameter)));
            } catch (RejectedException refused) {
                messages.refused(refused);
            }
        } else {
            form.setType(typeNamed(external.getRequestParameterMap().get("type")));
        }
    }

    private static ContentType typeNamed(String name) {
        for (ContentType type : ContentType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return ContentType.NEWS;
    }

    public void save() {
        if (!describeLeadImage()) {
            return;
        }
        run(() -> id == null ? editor.create(me.caller(), form.draft())
                : editor.update(me.caller(), id, version, form.draft()), "console.saved");
    }

    public void submit() {
        run(() -> editor.submit(me.caller(), id), "console.submitted");
    }

    public void publish() {
        run(() -> editor.publish(me.caller(), id, form.publishAt()), "console.published");
    }

    public void unpublish() {
        run(() -> editor.unpublish(me.caller(), id), "console.unpublished");
    }

    public void archive() {
        run(() -> editor.archive(me.caller(), id), "console.archived");
    }

    public void restore(int revision) {
        run(() -> editor.restore(me.caller(), id, revision), "console.restored");
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            form.setLeadImage(media.upload(me.caller(), file.getFileName(), file.getSize(), in).path());
            imageAltLo = null;
            imageAltEn = null;
            messages.info("console.uploaded", file.getFileName());
        } catch (UploadRefusedException refused) {
            messages.error(refused.key(), refused.arguments());
        } catch (RejectedException refused) {
            messages.refused(refused);
        } catch (IOException e) {
            messages.error("request.failed");
        }
    }

    /**
     * An image is only used with a Lao description for readers who cannot see it: the text typed
     * beside the lead image goes to its media library record, and a save without it is refused.
     */
    private boolean describeLeadImage() {
        if (form.getLeadImage() == null || form.getLeadImage().isBlank()) {
            return true;
        }
        if (imageAltLo == null || imageAltLo.isBlank()) {
            messages.error("console.image.altRequired");
            return false;
        }
        Optional<MediaFile> image = media.atPath(form.getLeadImage());
        if (image.isPresent() && !(imageAltLo.equals(image.get().alt().lo()) && Objects.equals(imageAltEn, image.get().alt().en()))) {
            try {
                media.describe(me.caller(), image.get().id(), image.get().title(), LocalizedText.of(imageAltLo, imageAltEn));
            } catch (RejectedException refused) {
                messages.refused(refused);
                return false;
            }
        }
        return true;
    }

    /** Shows what changed from an earlier revision to the latest one. */
    public void compare(int revision) {
        List<ContentRevision> revisions = getRevisions();
        revisions.stream().filter(r -> r.number() == revision).findFirst().ifPresent(older -> {
            diff = RevisionDiff.between(older.snapshot(), revisions.get(0).snapshot());
            comparedRevision = revision;
        });
    }

    public List<RevisionDiff.Field> getDiff() {
        return diff;
    }

    public int getComparedRevision() {
        return comparedRevision;
    }

    public List<ContentRevision> getRevisions() {
        return id == null ? List.of() : editor.revisions(me.caller(), id);
    }

    public String getPreviewPath() {
        return id == null ? null : "/admin/preview/" + id;
    }

    private void run(Supplier<ContentItem> action, String doneKey) {
        try {
            show(action.get());
            messages.info(doneKey);
        } catch (RejectedException refused) {
            messages.refused(refused);
        } catch (OptimisticLockException lost) {
            messages.error("content.conflict", "?");
        }
    }

    private void show(ContentItem item) {
        id = item.id();
        version = item.version();
        status = item.status();
        publishedAt = item.publishedAt();
        form.fill(item);
        Optional<MediaFile> image = item.leadImage() == null ? Optional.empty() : media.atPath(item.leadImage());
        imageAltLo = image.map(file -> file.alt().lo()).orElse(null);
        imageAltEn = image.map(file -> file.alt().en()).orElse(null);
    }

    public String getImageAltLo() {
        return imageAltLo;
    }

    public void setImageAltLo(String imageAltLo) {
        this.imageAltLo = imageAltLo;
    }

    public String getImageAltEn() {
        return imageAltEn;
    }

    public void setImageAltEn(String imageAltEn) {
        this.imageAltEn = imageAltEn;
    }

    public ContentForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public String getPublishedAt() {
        return publishedAt == null ? "" : LocalDateTime.ofInstant(publishedAt, LocalizedDates.VIENTIANE).toString().replace('T', ' ');
    }

    public List<LegalDocumentKind> getLegalKinds() {
        return List.of(LegalDocumentKind.values());
    }
}
