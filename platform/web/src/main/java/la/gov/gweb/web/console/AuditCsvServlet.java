package la.gov.gweb.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import la.gov.gweb.audit.AuditEvent;
import la.gov.gweb.audit.AuditFilter;
import la.gov.gweb.i18n.LocalizedDates;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.tenant.CurrentTenant;

/**
 * {@code /admin/audit.csv}: the site's audit log as CSV (UTF-8 with a byte order mark, so that
 * spreadsheet programs read Lao correctly), for site admins only, read in pages; on the portal
 * host, {@code /admin/platform/audit.csv} is the platform's, for platform admins.
 */
@WebServlet({"/admin/audit.csv", "/admin/platform/audit.csv"})
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 1_000;

    @Inject
    ConsoleAudit audit;

    @Inject
    CurrentTenant currentTenant;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = request.getParameter("site");
        AuditFilter filter;
        try {
            filter = new AuditFilter(request.getParameter("username"), request.getParameter("action"),
                    day(request.getParameter("from"), 0), day(request.getParameter("to"), 1));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        List<AuditEvent> page;
        try {
            page = audit.find(site, filter, 0, PAGE);
        } catch (RejectedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String name = currentTenant.find().map(tenant -> tenant.slug().value()).orElse("platform");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + name + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print("time,site,user,action,type,id,detail,address\r\n");
        int first = 0;
        while (true) {
            for (AuditEvent event : page) {
                out.print(String.join(",", cell(event.occurredAt().toString()), cell(event.tenantSlug()), cell(event.username()),
                        cell(event.action()), cell(event.targetType()), cell(event.targetId()), cell(event.detail()),
                        cell(event.clientAddress())) + "\r\n");
            }
            if (page.size() < PAGE) {
                return;
            }
            first += PAGE;
            page = audit.find(site, filter, first, PAGE);
        }
    }

    private static Instant day(String value, int plusDays) {
        return value == null || value.isBlank() ? null
                : LocalDate.parse(value).plusDays(plusDays).atStartOfDay(LocalizedDates.VIENTIANE).toInstant();
    }

    /** Quotes a CSV cell, and defuses one a spreadsheet would run as a formula. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
