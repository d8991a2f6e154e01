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
import la.gov.gweb.platform.PlatformSites;
import la.gov.gweb.platform.SiteOverview;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.tenant.TenantStatus;
import la.gov.gweb.web.console.ConsoleMessages;
import la.gov.gweb.web.console.ConsoleUser;
import la.gov.gweb.web.site.SiteUrls;

/** {@code /admin/platform/sites}: every site with its figures, filtered by status and text; suspend, resume, archive. */
@Named("platformSites")
@ViewScoped
public class SitesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(LocalizedDates.VIENTIANE);

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
    private transient List<SiteOverview> rows;

    public List<SiteOverview> getRows() {
        if (rows == null) {
            rows = sites.list(me.caller(), status, text);
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
        change(slug, TenantStatus.SUSPENDED, "platform.site.suspended");
    }

    public void resume(String slug) {
        change(slug, TenantStatus.ACTIVE, "platform.site.resumed");
    }

    public void archive(String slug) {
        change(slug, TenantStatus.ARCHIVED, "platform.site.archived");
    }

    private void change(String slug, TenantStatus newStatus, String doneKey) {
        try {
            sites.changeStatus(me.caller(), TenantSlug.of(slug), newStatus);
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
}
