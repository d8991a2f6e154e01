package la.gov.gweb.web.console.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.CurrentCaller;
import la.gov.gweb.archive.SiteExporter;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.tenant.TenantSnapshot;

/**
 * {@code /admin/platform/export?site=<slug>}: the platform console's download of a site's
 * archive, the same one the platform API streams, recorded as the site's latest export.
 */
@WebServlet("/admin/platform/export")
public class SiteExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteExporter exporter;

    @Inject
    CurrentCaller currentCaller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = currentCaller.find().orElse(null);
        TenantSnapshot site;
        try {
            site = exporter.prepare(caller, request.getParameter("site"));
        } catch (RejectedException refused) {
            response.sendError(refused.reason() == RejectedException.Reason.FORBIDDEN
                    ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + site.slug().value() + "-"
                + LocalDate.now(ZoneOffset.UTC) + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        exporter.write(caller, site, response.getOutputStream());
    }
}
