package la.gov.gweb.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.PublishedContent;

/** {@code #{home}}: the latest news, announcements and legal documents of the site's home page. */
@Named("home")
@RequestScoped
public class HomeView {

    @Inject
    PublishedContent content;

    public List<ContentItem> getNews() {
        return content.latest(ContentType.NEWS, 4);
    }

    public List<ContentItem> getAnnouncements() {
        return content.latest(ContentType.ANNOUNCEMENT, 4);
    }

    public List<ContentItem> getLegalDocuments() {
        return content.latest(ContentType.LEGAL_DOCUMENT, 5);
    }
}
