package la.gov.gweb.web.console.platform;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.platform.NewSite;
import la.gov.gweb.platform.SiteCreated;
import la.gov.gweb.platform.SiteCreation;
import la.gov.gweb.platform.SiteTemplates;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.site.BrandColour;
import la.gov.gweb.web.console.ConsoleMessages;
import la.gov.gweb.web.console.ConsoleUser;
import la.gov.gweb.web.site.SiteUrls;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /admin/platform/create}: a new site from a template, through the one creation service;
 * each refusal is shown beside its field and what was typed stays. The first admin's generated
 * password is shown once, on this page.
 */
@Named("createSite")
@ViewScoped
public class CreateSiteBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("slug", "create:slug", "names", "create:name-lo",
            "hosts", "create:hosts", "theme", "create:theme", "template", "create:template",
            "brand.colour", "create:colour", "brand.logo", "create:logo", "admin.username", "create:admin-username",
            "admin.name", "create:admin-name", "admin.email", "create:admin-email");

    @Inject
    SiteCreation creation;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    @Inject
    HttpServletRequest request;

    private String slug;
    private String nameLo;
    private String nameEn;
    private String hosts;
    private String theme = "gweb-standard";
    private String template = "ministry";
    private String colour;
    private String adminUsername;
    private String adminName;
    private String adminEmail;
    /** Only for the request that sends it: the file is the container's, gone once the request ends. */
    private transient UploadedFile logo;
    private String createdUrl;
    private String generatedPassword;

    public void create() {
        createdUrl = null;
        generatedPassword = null;
        try (InputStream logoContent = chosen(logo) ? logo.getInputStream() : null) {
            SiteCreated created = creation.create(me.caller(), new NewSite(slug, LocalizedText.of(nameLo, nameEn),
                    TypedHosts.of(hosts),
                    blankToNull(theme), template, blankToNull(colour), new NewSite.Admin(adminUsername,
                            blankToNull(adminName), blankToNull(adminEmail), null),
                    logoContent == null ? null : new NewSite.Logo(logo.getFileName(), logo.getSize(), logoContent)));
            createdUrl = SiteUrls.of(request, created.site(), "/");
            generatedPassword = created.generatedPassword().orElse(null);
            messages.info("platform.site.created", created.site().slug().value());
        } catch (RejectedException refused) {
            messages.refused(refused, FIELDS);
        } catch (IOException unreadable) {
            messages.error("upload.interrupted");
        } finally {
            logo = null;
        }
    }

    /** A browser sends the file field also when no file was chosen: with no name and nothing in it. */
    private static boolean chosen(UploadedFile file) {
        return file != null && file.getFileName() != null && !file.getFileName().isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<String> getTemplates() {
        return SiteTemplates.NAMES;
    }

    public long getMaxLogoMegabytes() {
        return creation.maxLogoBytes() / (1024 * 1024);
    }

    public List<BrandColour> getColours() {
        return List.of(BrandColour.values());
    }

    public String getCreatedUrl() { return createdUrl; }
    public String getGeneratedPassword() { return generatedPassword; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getNameLo() { return nameLo; }
    public void setNameLo(String nameLo) { this.nameLo = nameLo; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getHosts() { return hosts; }
    public void setHosts(String hosts) { this.hosts = hosts; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getTemplate() { return template; }
    public void setTemplate(String template) { this.template = template; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
    public String getAdminUsername() { return adminUsername; }
    public void setAdminUsername(String adminUsername) { this.adminUsername = adminUsername; }
    public String getAdminName() { return adminName; }
    public void setAdminName(String adminName) { this.adminName = adminName; }
    public UploadedFile getLogo() { return logo; }
    public void setLogo(UploadedFile logo) { this.logo = logo; }
    public String getAdminEmail() { return adminEmail; }
    public void setAdminEmail(String adminEmail) { this.adminEmail = adminEmail; }
}
