package la.gov.gweb.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.ResultPage;
import la.gov.gweb.publishing.ContentEditor;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code /admin/content}: the site's items of one type, filtered by status, a page at a time. */
@Named
@ViewScoped
public class ContentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentEditor editor;

    @Inject
    ConsoleUser me;

    private ContentType type = ContentType.NEWS;
    private ContentStatus status;

    private final LazyDataModel<ContentItem> items = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<ContentItem> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            ResultPage<ContentItem> page = page(first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ContentItem item) {
            return String.valueOf(item.id());
        }
    };

    private ResultPage<ContentItem> page(int first, int pageSize) {
        return editor.list(me.caller(), type, status, first / pageSize + 1, pageSize);
    }

    public LazyDataModel<ContentItem> getItems() {
        return items;
    }

    public List<ContentType> getTypes() {
        return List.of(ContentType.values());
    }

    public List<ContentStatus> getStatuses() {
        return List.of(ContentStatus.values());
    }

    public ContentType getType() {
        return type;
    }

    public void setType(ContentType type) {
        this.type = type == null ? ContentType.NEWS : type;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public void setStatus(ContentStatus status) {
        this.status = status;
    }
}
