package la.gov.gweb.web.console;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import la.gov.gweb.content.ResultPage;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.media.MediaFile;
import la.gov.gweb.media.MediaKind;
import la.gov.gweb.media.MediaLibrary;
import la.gov.gweb.media.UploadRefusedException;
import la.gov.gweb.refusal.RejectedException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /admin/media}: the site's media library, a page of files at a time, filtered by kind
 * and name; upload of several files at once, each accepted or refused on its own; details,
 * replacement behind the same address and deletion of one file in a dialog. The library checks
 * who may do what; the screen only hides what the webmaster may not do.
 */
@Named
@ViewScoped
public class MediaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MediaLibrary media;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    private final List<UploadOutcome> uploads = new ArrayList<>();
    private MediaKind kind;
    private String search;
    private MediaRow selected;
    private List<String> selectedUsages = List.of();
    private String titleLo;
    private String titleEn;
    private String altLo;
    private String altEn;

    private final LazyDataModel<MediaRow> files = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<MediaRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            ResultPage<MediaFile> page = page(first, pageSize);
            setRowCount((int) page.total());
            return page.items().stream().map(MediaRow::of).toList();
        }

        @Override
        public String getRowKey(MediaRow row) {
            return String.valueOf(row.id());
        }
    };

    private ResultPage<MediaFile> page(int first, int pageSize) {
        return media.list(me.caller(), kind, search, first / pageSize + 1, pageSize);
    }

    /** Called once per file, also when several were chosen together. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            media.upload(me.caller(), file.getFileName(), file.getSize(), in);
            uploads.add(new UploadOutcome(true, messages.text("console.uploaded", file.getFileName())));
        } catch (UploadRefusedException refused) {
            uploads.add(new UploadOutcome(false, messages.refusal(file.getFileName(), refused)));
        } catch (RejectedException refused) {
            messages.refused(refused);
        } catch (IOException e) {
            uploads.add(new UploadOutcome(false, messages.text("upload.refusedFile", file.getFileName(),
                    messages.text("upload.interrupted"))));
        }
    }

    /** What became of each file uploaded on this screen, newest last. */
    public List<UploadOutcome> getUploads() {
        return uploads;
    }

    public void select(long id) {
        try {
            show(media.find(me.caller(), id));
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
    }

    public void describe() {
        if (selected.isImage() && (altLo == null || altLo.isBlank())) {
            messages.error("console.image.altRequired");
            return;
        }
        try {
            show(media.describe(me.caller(), selected.id(), LocalizedText.of(titleLo, titleEn),
                    LocalizedText.of(altLo, altEn)));
            messages.info("console.saved");
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
    }

    public void replace(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            show(media.replace(me.caller(), selected.id(), file.getFileName(), file.getSize(), in));
            messages.info("console.replaced", file.getFileName());
        } catch (UploadRefusedException refused) {
            messages.error("upload.refusedFile", file.getFileName(), messages.text(refused.key(), refused.arguments()));
        } catch (RejectedException refused) {
            messages.refused(refused);
        } catch (IOException e) {
            messages.error("upload.interrupted");
        }
    }

    public void delete(long id) {
        try {
            MediaFile file = media.find(me.caller(), id);
            media.delete(me.caller(), id);
            messages.info("console.deleted", file.fileName());
            selected = null;
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
    }

    private void show(MediaFile file) {
        selected = MediaRow.of(file);
        selectedUsages = media.usages(me.caller(), file.id());
        titleLo = selected.titleLo();
        titleEn = selected.titleEn();
        altLo = selected.altLo();
        altEn = selected.altEn();
    }

    /** The address to paste into a page or a message: the site's own scheme and host. */
    public String url(MediaRow row) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath() + "/" + row.path();
    }

    public long getMaxUploadBytes() {
        return media.maxUploadBytes();
    }

    /** The too-large refusal as a JavaScript string, {@code %NAME%} standing for the file's name. */
    public String getTooLargeScript() {
        return jakarta.json.Json.createValue(messages.text("upload.refusedFile", "%NAME%",
                messages.text("upload.tooLarge", getMaxUploadMegabytes()))).toString();
    }

    public long getMaxUploadMegabytes() {
        return media.maxUploadBytes() / (1024 * 1024);
    }

    public LazyDataModel<MediaRow> getFiles() {
        return files;
    }

    public List<MediaKind> getKinds() {
        return List.of(MediaKind.values());
    }

    public MediaRow getSelected() {
        return selected;
    }

    public List<String> getSelectedUsages() {
        return selectedUsages;
    }

    public String getSelectedUsageText() {
        return String.join(", ", selectedUsages);
    }

    public MediaKind getKind() { return kind; }
    public void setKind(MediaKind kind) { this.kind = kind; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getTitleLo() { return titleLo; }
    public void setTitleLo(String titleLo) { this.titleLo = titleLo; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getAltLo() { return altLo; }
    public void setAltLo(String altLo) { this.altLo = altLo; }
    public String getAltEn() { return altEn; }
    public void setAltEn(String altEn) { this.altEn = altEn; }
}
