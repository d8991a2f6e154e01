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

    /** The published pages above this one, top first; an unpublished parent is left out. */
    public List<ContentItem> getAncestors() {
        List<String> paths = PagePath.ancestry(currentRoute.getItem().slug());
        return paths.subList(0, paths.size() - 1).stream()
                .map(path -> content.find(ContentType.PAGE, path))
                .flatMap(Optional::stream)
                .toList();
    }

    public List<ContentItem> getChildren() {
        return content.childPages(currentRoute.getItem().slug());
    }
}
