package la.gov.gweb.web.routing;

import java.time.Year;
import java.util.Optional;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.content.LegalFilter;

/**
 * The query parameters of a list: {@code page} from 1, and for the legal register {@code type}
 * and {@code year}. Values a form could not have produced make the whole query invalid, which
 * the site answers with 404 rather than guessing.
 */
public record ListQuery(int page, LegalFilter filter) {

    /** The first page, unfiltered: what a page without parameters shows. */
    public static final ListQuery FIRST_PAGE = new ListQuery(1, LegalFilter.NONE);

    private static final int MAX_PAGE = 100_000;

    public static Optional<ListQuery> parse(String page, String type, String year) {
        Optional<Integer> pageNumber = blank(page) ? Optional.of(1) : number(page, 1, MAX_PAGE);
        Optional<Optional<LegalDocumentKind>> kind = blank(type) ? Optional.of(Optional.empty())
                : LegalDocumentKind.fromCode(type).map(Optional::of);
        Optional<Optional<Integer>> issued = blank(year) ? Optional.of(Optional.empty())
                : number(year, 1900, Year.now().getValue() + 1).map(Optional::of);
        if (pageNumber.isEmpty() || kind.isEmpty() || issued.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ListQuery(pageNumber.get(), new LegalFilter(kind.get(), issued.get())));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Optional<Integer> number(String value, int min, int max) {
        if (value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int parsed = Integer.parseInt(value);
        return parsed < min || parsed > max ? Optional.empty() : Optional.of(parsed);
    }
}
