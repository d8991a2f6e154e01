package la.gov.gweb.web.console.platform;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import la.gov.gweb.platform.RolloutCsv;
import la.gov.gweb.platform.RolloutResult;
import la.gov.gweb.platform.RolloutRow;
import la.gov.gweb.platform.RolloutRun;
import la.gov.gweb.platform.SiteRollouts;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.web.console.AuditCsvServlet;
import la.gov.gweb.web.console.ConsoleLanguage;
import la.gov.gweb.web.console.ConsoleMessages;
import la.gov.gweb.web.console.ConsoleUser;
import la.gov.gweb.web.i18n.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /admin/platform/rollout}: many sites from one CSV file: upload, a preview with every row
 * checked, then the creation with a progress bar, and the results (with the first admins'
 * generated passwords, shown on this page only) as a table and a CSV download.
 */
@Named("platformRollout")
@ViewScoped
public class RolloutBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteRollouts rollouts;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    @Inject
    ConsoleLanguage language;

    private transient List<RolloutRow> rows;
    private transient RolloutRun run;
    private String fileName;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        rows = null;
        run = null;
        fileName = file.getFileName();
        try (InputStream in = file.getInputStream()) {
            rows = RolloutCsv.read(in.readAllBytes());
        } catch (RejectedException refused) {
            messages.refused(refused);
        } catch (IOException e) {
            messages.error("upload.interrupted");
        }
    }

    public void create() {
        try {
            run = rollouts.start(me.caller(), rows);
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
    }

    /** Each poll while the roll-out runs: tells the page when to stop polling. */
    public void poll() {
        PrimeFaces.current().ajax().addCallbackParam("done", !isRunning());
    }

    public boolean isRunning() {
        return run != null && run.running();
    }

    /** The rows' problems, or the results' reasons, in the admin's language. */
    public String reasons(List<Problem> problems) {
        return problems.stream().map(problem -> Messages.text(language.getLanguage(), problem))
                .collect(Collectors.joining(" "));
    }

    public long getValidRows() {
        return rows == null ? 0 : rows.stream().filter(RolloutRow::valid).count();
    }

    /** The results as CSV (UTF-8 with a byte order mark, for spreadsheets), passwords included. */
    public StreamedContent getResultCsv() {
        if (run == null) {
            return null;
        }
        StringBuilder csv = new StringBuilder("\uFEFFline,slug,result,admin_username,admin_password,reason\r\n");
        for (RolloutResult result : run.results()) {
            csv.append(String.join(",", String.valueOf(result.row().line()), AuditCsvServlet.cell(result.row().slug()),
                    result.created() ? "created" : "failed", AuditCsvServlet.cell(result.row().adminUsername()),
                    AuditCsvServlet.cell(result.adminPassword()), AuditCsvServlet.cell(reasons(result.problems())))).append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("rollout-results.csv").contentType("text/csv;charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<RolloutRow> getRows() { return rows; }
    public RolloutRun getRun() { return run; }
    public String getFileName() { return fileName; }
}
