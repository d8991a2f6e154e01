package la.gov.gweb.web.console.platform;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import la.gov.gweb.archive.ImportedSite;
import la.gov.gweb.archive.SiteDeletion;
import la.gov.gweb.archive.SiteImporter;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.web.console.ConsoleMessages;
import la.gov.gweb.web.console.ConsoleUser;
import org.primefaces.event.FileUploadEvent;

/**
 * The archive actions of {@code /admin/platform/sites}: delete a site (only after typing its slug,
 * and only when an export covers its last change) and import an archive as the same site or
 * under a new slug and host names. The uploaded archive waits in a temporary file until the
 * admin imports it or leaves the page.
 */
@Named("platformArchive")
@ViewScoped
public class ArchiveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteDeletion deletion;

    @Inject
    SiteImporter importer;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    private String deleting;
    private String confirmation;
    private String archive;
    private String archiveName;
    private String slug;
    private String hosts;

    public void askDelete(String site) {
        deleting = site;
        confirmation = null;
    }

    public void delete() {
        try {
            deletion.delete(me.caller(), deleting, confirmation == null ? null : confirmation.strip());
            messages.info("platform.site.deleted", deleting);
            deleting = null;
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
    }

    public void upload(FileUploadEvent event) throws IOException {
        discardArchive();
        Path received = Files.createTempFile("gweb-import", ".zip");
        try (InputStream in = event.getFile().getInputStream()) {
            Files.copy(in, received, StandardCopyOption.REPLACE_EXISTING);
        }
        archive = received.toString();
        archiveName = event.getFile().getFileName();
    }

    public void importArchive() {
        if (archive == null) {
            messages.error("platform.import.noFile");
            return;
        }
        List<String> newHosts = TypedHosts.of(hosts).isEmpty() ? null : TypedHosts.of(hosts);
        try (InputStream in = Files.newInputStream(Path.of(archive))) {
            ImportedSite imported = importer.importArchive(me.caller(), in,
                    slug == null || slug.isBlank() ? null : slug.strip(), newHosts);
            messages.info("platform.site.imported", imported.site().slug().value());
            discardArchive();
        } catch (RejectedException refused) {
            messages.refused(refused);
        } catch (IOException e) {
            messages.error("upload.interrupted");
        }
    }

    @PreDestroy
    void discardArchive() {
        if (archive != null) {
            try {
                Files.deleteIfExists(Path.of(archive));
            } catch (IOException ignored) {
                // A temporary file; the system's clean-up of its temporary folder takes it.
            }
            archive = null;
            archiveName = null;
        }
    }

    public String getDeleting() { return deleting; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    public String getArchiveName() { return archiveName; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getHosts() { return hosts; }
    public void setHosts(String hosts) { this.hosts = hosts; }
}
