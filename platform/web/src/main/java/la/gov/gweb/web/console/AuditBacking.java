package la.gov.gweb.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import la.gov.gweb.audit.AuditEvent;
import la.gov.gweb.audit.AuditFilter;
import la.gov.gweb.i18n.LocalizedDates;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /admin/audit}: the site's audit log for its site admins, and {@code /admin/platform/audit}:
 * every site's and the platform's for platform admins; filtered, paged and exportable.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleAudit audit;

    @Inject
    ConsoleScope scope;

    private String site;
    private String username;
    private String action;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) audit.count(site, filter());
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            setRowCount(count(filters));
            return audit.find(site, filter(), first, pageSize);
        }
    };

    AuditFilter filter() {
        return new AuditFilter(username, action, from == null ? null : from.atStartOfDay(LocalizedDates.VIENTIANE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(LocalizedDates.VIENTIANE).toInstant());
    }

    /** The CSV download of what the filter shows now. */
    public String getCsvHref() {
        StringBuilder query = new StringBuilder(scope.isPlatform() ? "/admin/platform/audit.csv?" : "/admin/audit.csv?");
        append(query, "site", site);
        append(query, "username", username);
        append(query, "action", action);
        append(query, "from", from == null ? null : from.toString());
        append(query, "to", to == null ? null : to.toString());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
