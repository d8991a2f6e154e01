package la.gov.gweb.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import la.gov.gweb.indexing.RebuildProgress;
import la.gov.gweb.indexing.SearchAdministration;
import la.gov.gweb.indexing.SearchAdministration.IndexStatus;
import la.gov.gweb.indexing.SearchAdministration.UnreadAttachment;
import la.gov.gweb.refusal.RejectedException;
import org.primefaces.PrimeFaces;

/**
 * {@code /admin/search}: the site's search index for its site admins: how many items it holds,
 * changes waiting, the attached files without searchable text, and a rebuild with its progress
 * bar. A platform admin may also rebuild every site.
 */
@Named
@RequestScoped
public class SearchIndexBacking {

    @Inject
    SearchAdministration administration;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    private IndexStatus status;
    private List<UnreadAttachment> unread;

    public IndexStatus getStatus() {
        if (status == null) {
            status = administration.status(me.caller());
        }
        return status;
    }

    public List<UnreadAttachment> getUnread() {
        if (unread == null) {
            unread = administration.unreadAttachments(me.caller());
        }
        return unread;
    }

    /** The running or last rebuild since the platform started, or null if there was none. */
    public RebuildProgress getRebuild() {
        return getStatus().rebuild().orElse(null);
    }

    public boolean isRebuilding() {
        return getStatus().rebuild().map(RebuildProgress::running).orElse(false);
    }

    /** The progress bar's value: polled while a rebuild runs, 100 once it is done. */
    public int getProgress() {
        return getStatus().rebuild().map(RebuildProgress::percent).orElse(0);
    }

    /** Each poll of the page while a rebuild runs: tells it to stop polling once the rebuild has ended. */
    public void poll() {
        PrimeFaces.current().ajax().addCallbackParam("done", !isRebuilding());
    }

    public boolean isPlatformAdmin() {
        return me.caller().platformAdmin();
    }

    public List<RebuildProgress> getAllRebuilds() {
        return administration.allRebuilds(me.caller());
    }

    public void rebuild() {
        try {
            administration.rebuild(me.caller());
            status = null;
            messages.info("search.rebuild.started");
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
    }

    public void rebuildAll() {
        try {
            int sites = administration.rebuildAll(me.caller()).size();
            status = null;
            messages.info("search.rebuildAll.started", sites);
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
    }
}
