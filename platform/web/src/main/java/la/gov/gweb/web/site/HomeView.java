package la.gov.gweb.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.PublishedContent;

/** {@code #{home}}: the latest news, announcements and legal documents of the site's home page. */
@Named("home")
@RequestScoped
public class HomeView {

    @Inject
    PublishedContent content;

    private final Map<ContentType, List<ContentItem>> latest = new EnumMap<>(ContentType.class);

    public List<ContentItem> getNews() {
        return latest(ContentType.NEWS, 4);
    }

    public List<ContentItem> getAnnouncements() {
        return latest(ContentType.ANNOUNCEMENT, 4);
    }

    public List<ContentItem> getLegalDocuments() {
        return latest(ContentType.LEGAL_DOCUMENT, 5);
    }

    /** Read once per request: a view may evaluate the same list more than once while rendering. */
    private List<ContentItem> latest(ContentType type, int limit) {
        return latest.computeIfAbsent(type, t -> content.latest(t, limit));
    }
}
