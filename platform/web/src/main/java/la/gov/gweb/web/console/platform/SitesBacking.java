package la.gov.gweb.web.console.platform;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import la.gov.gweb.i18n.LocalizedDates;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.platform.PlatformSites;
import la.gov.gweb.platform.SiteChange;
import la.gov.gweb.platform.SiteListing;
import la.gov.gweb.platform.SiteRow;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.tenant.TenantStatus;
import la.gov.gweb.web.console.ConsoleMessages;
import la.gov.gweb.web.console.ConsoleUser;
import la.gov.gweb.web.site.SiteUrls;

/**
 * {@code /admin/platform/sites}: every site with its figures, filtered by status and text;
 * suspend, resume, archive, and a site's names, host names and theme changed in a dialog.
 */
@Named("platformSites")
@ViewScoped
public class SitesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(LocalizedDates.VIENTIANE);

    @Inject
    SiteListing listing;

    @Inject
    PlatformSites sites;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    @Inject
    HttpServletRequest request;

    private TenantStatus status;
    private String text;
    private String editing;
    private String nameLo;
    private String nameEn;
    private String hosts;
    private String theme;
    private transient List<SiteRow> rows;

    public List<SiteRow> getRows() {
        if (rows == null) {
            rows = listing.list(me.caller(), status, text);
        }
        return rows;
    }

    public List<TenantStatus> getStatuses() {
        return List.of(TenantStatus.values());
    }

    public void filter() {
        rows = null;
    }

    public void suspend(String slug) {
        changeStatus(slug, TenantStatus.SUSPENDED, "platform.site.suspended");
    }

    public void resume(String slug) {
        changeStatus(slug, TenantStatus.ACTIVE, "platform.site.resumed");
    }

    public void archive(String slug) {
        changeStatus(slug, TenantStatus.ARCHIVED, "platform.site.archived");
    }

    /** Fills the dialog with the site's names, host names (primary first) and theme. */
    public void edit(TenantSnapshot site) {
        editing = site.slug().value();
        nameLo = site.names().lo();
        nameEn = site.names().en();
        hosts = String.join(" ", site.hosts().stream().map(HostName::value).toList());
        theme = site.theme();
    }

    /** Saves the dialog; a refusal keeps it open with what was typed and the reasons. */
    public void save() {
        try {
            sites.change(me.caller(), editing, new SiteChange(null, LocalizedText.of(nameLo, nameEn),
                    TypedHosts.of(hosts), theme));
            messages.info("console.saved");
            editing = null;
            rows = null;
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
    }

    private void changeStatus(String slug, TenantStatus newStatus, String doneKey) {
        try {
            sites.change(me.caller(), slug, new SiteChange(newStatus.name(), null, null, null));
            messages.info(doneKey, slug);
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
        rows = null;
    }

    /** The site's home on its primary host, through the scheme and port of this request. */
    public String siteUrl(TenantSnapshot site) {
        return SiteUrls.of(request, site, "/");
    }

    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    public TenantStatus getStatus() { return status; }
    public void setStatus(TenantStatus status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getEditing() { return editing; }
    public String getNameLo() { return nameLo; }
    public void setNameLo(String nameLo) { this.nameLo = nameLo; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getHosts() { return hosts; }
    public void setHosts(String hosts) { this.hosts = hosts; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
}
