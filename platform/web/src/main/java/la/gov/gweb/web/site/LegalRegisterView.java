package la.gov.gweb.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.content.PublishedContent;
import la.gov.gweb.web.routing.CurrentRoute;

/** {@code #{register}}: the filter choices of the legal document register. */
@Named("register")
@RequestScoped
public class LegalRegisterView {

    @Inject
    PublishedContent content;

    @Inject
    CurrentRoute currentRoute;

    private List<Integer> years;

    public List<LegalDocumentKind> getKinds() {
        return List.of(LegalDocumentKind.values());
    }

    public List<Integer> getYears() {
        if (years == null) {
            years = content.legalYears();
        }
        return years;
    }

    public String getSelectedKind() {
        return currentRoute.getFilter().kind().map(LegalDocumentKind::code).orElse("");
    }

    public Integer getSelectedYear() {
        return currentRoute.getFilter().year().orElse(null);
    }

    /** The query string that keeps the current filters on another page of results. */
    public String pageQuery(int page) {
        StringBuilder query = new StringBuilder("?page=").append(page);
        currentRoute.getFilter().kind().ifPresent(kind -> query.append("&type=").append(kind.code()));
        currentRoute.getFilter().year().ifPresent(year -> query.append("&year=").append(year));
        return query.toString();
    }
}
