package la.gov.gweb.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.search.SearchQuery;
import la.gov.gweb.search.SearchQuery.SortOrder;

/**
 * Reads a search from request parameters. Values that make no sense are reported as problems;
 * the API refuses them with 400, while the search page simply leaves them out, since a reader
 * who edited a URL should still get results.
 *
 * @param query the search, with every value that made sense
 * @param problems one per parameter that made no sense
 */
public record SearchParameters(SearchQuery query, List<Problem> problems) {

    /** Years before the republic's first legal texts, or far in the future, are typos. */
    private static final int FIRST_YEAR = 1975;
    private static final int LAST_YEAR = 2100;

    public SearchParameters {
        problems = List.copyOf(problems);
    }

    /**
     * Reads the raw parameters; any of them may be null.
     *
     * @param language the reader's language when {@code lang} is absent, or null to pick it from
     *     the script of the text
     */
    public static SearchParameters read(String q, String lang, String type, String year, String sort, String offset,
                                        String limit, Language language) {
        List<Problem> problems = new ArrayList<>();
        String languageCode = language == null ? null : language.code();
        if (lang != null && !lang.isBlank()) {
            Optional<Language> asked = Language.fromCode(lang.strip().toLowerCase(Locale.ROOT));
            if (asked.isPresent()) {
                languageCode = asked.get().code();
            } else {
                problems.add(Problem.of("lang", "search.lang.invalid"));
            }
        }
        String typeCode = null;
        if (type != null && !type.isBlank()) {
            Optional<ContentType> found = ContentType.fromCode(type);
            if (found.isPresent()) {
                typeCode = found.get().code();
            } else {
                problems.add(Problem.of("type", "search.type.invalid"));
            }
        }
        Integer yearValue = number(year, "year", FIRST_YEAR, LAST_YEAR, problems);
        SortOrder order = SortOrder.RELEVANCE;
        if (sort != null && !sort.isBlank()) {
            switch (sort.strip().toLowerCase(Locale.ROOT)) {
                case "relevance" -> order = SortOrder.RELEVANCE;
                case "date" -> order = SortOrder.DATE;
                default -> problems.add(Problem.of("sort", "search.sort.invalid"));
            }
        }
        Integer offsetValue = number(offset, "offset", 0, SearchQuery.MAX_OFFSET, problems);
        Integer limitValue = number(limit, "limit", 1, SearchQuery.MAX_LIMIT, problems);
        SearchQuery query = new SearchQuery(q == null ? "" : q, languageCode, typeCode, yearValue, null, order,
                offsetValue == null ? 0 : offsetValue, limitValue == null ? SearchQuery.DEFAULT_LIMIT : limitValue);
        return new SearchParameters(query, problems);
    }

    private static Integer number(String raw, String field, int min, int max, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String digits = raw.strip();
        if (digits.length() <= 6 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int value = Integer.parseInt(digits);
            if (value >= min && value <= max) {
                return value;
            }
        }
        problems.add(Problem.of(field, "search.number.invalid", field, String.valueOf(min), String.valueOf(max)));
        return null;
    }
}
