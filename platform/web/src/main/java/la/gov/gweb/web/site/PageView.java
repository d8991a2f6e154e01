package la.gov.gweb.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.PagePath;
import la.gov.gweb.content.PublishedContent;
import la.gov.gweb.web.routing.CurrentRoute;

/** {@code #{page}}: the parents of the current page for its breadcrumbs, and its sub-pages. */
@Named("page")
@RequestScoped
public class PageView {

    @Inject
    CurrentRoute currentRoute;

    @Inject
    PublishedContent content;

    private List<ContentItem> ancestors;
    private List<ContentItem> children;

    /** The published pages above this one, top first; an unpublished parent is left out. */
    public List<ContentItem> getAncestors() {
        if (ancestors == null) {
            List<String> paths = PagePath.ancestry(currentRoute.getItem().slug());
            ancestors = paths.subList(0, paths.size() - 1).stream()
                    .map(path -> content.find(ContentType.PAGE, path))
                    .flatMap(Optional::stream)
                    .toList();
        }
        return ancestors;
    }

    public List<ContentItem> getChildren() {
        if (children == null) {
            children = content.childPages(currentRoute.getItem().slug());
        }
        return children;
    }
}
