package la.gov.gweb.web.routing;

import java.util.Optional;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.PagePath;
import la.gov.gweb.i18n.Language;

/**
 * Parses the path of a public URL. Lao, the default, has no prefix ({@code /news}); other
 * languages have theirs ({@code /en/news}). Anything that is not a known list, a valid slug or
 * a valid page path is a not-found route, never an error.
 */
public final class RouteParser {

    /** The search page's path on every site; no page may take it. */
    public static final String SEARCH = "search";

    private RouteParser() {
    }

    /**
     * The canonical form of a path when it differs: no trailing slash, no {@code /lo} prefix
     * (Lao is the unprefixed default), {@code /en/} for the English home page.
     */
    public static Optional<String> canonicalRedirect(String path) {
        String lo = "/" + Language.LO.code();
        if (path.equals(lo) || path.startsWith(lo + "/")) {
            String rest = path.substring(lo.length());
            return Optional.of(rest.isEmpty() ? "/" : rest);
        }
        if (path.length() > 1 && path.endsWith("/") && !isLanguageHome(path)) {
            return Optional.of(path.substring(0, path.length() - 1));
        }
        for (Language language : Language.values()) {
            if (language != Language.DEFAULT && path.equals("/" + language.code())) {
                return Optional.of(path + "/");
            }
        }
        return Optional.empty();
    }

    public static Route parse(String path) {
        Language language = Language.DEFAULT;
        String sitePath = path.isEmpty() ? "/" : path;
        for (Language candidate : Language.values()) {
            String prefix = "/" + candidate.code() + "/";
            if (candidate != Language.DEFAULT && sitePath.startsWith(prefix)) {
                language = candidate;
                sitePath = sitePath.substring(prefix.length() - 1);
            }
        }
        if (sitePath.equals("/")) {
            return new Route(language, View.HOME, null, null, sitePath);
        }
        String relative = sitePath.substring(1);
        if (relative.equals(SEARCH)) {
            return new Route(language, View.SEARCH, null, null, sitePath);
        }
        int slash = relative.indexOf('/');
        String first = slash < 0 ? relative : relative.substring(0, slash);
        Optional<ContentType> listed = ContentType.fromSegment(first);
        if (listed.isPresent()) {
            return listRoute(language, listed.get(), slash < 0 ? null : relative.substring(slash + 1), sitePath);
        }
        return PagePath.isValid(relative)
                ? new Route(language, View.PAGE, ContentType.PAGE, relative, sitePath)
                : Route.notFound(language, sitePath);
    }

    private static Route listRoute(Language language, ContentType type, String slug, String sitePath) {
        boolean legal = type == ContentType.LEGAL_DOCUMENT;
        if (slug == null) {
            return new Route(language, legal ? View.LEGAL_REGISTER : View.LIST, type, null, sitePath);
        }
        if (!PagePath.isValidSlug(slug)) {
            return Route.notFound(language, sitePath);
        }
        return new Route(language, legal ? View.LEGAL_DOCUMENT : View.ITEM, type, slug, sitePath);
    }

    private static boolean isLanguageHome(String path) {
        for (Language language : Language.values()) {
            if (language != Language.DEFAULT && path.equals("/" + language.code() + "/")) {
                return true;
            }
        }
        return false;
    }
}
