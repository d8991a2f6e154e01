package la.gov.gweb.web.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class RouteParserTest {

    @Test
    void rootIsTheLaoHomePage() {
        assertEquals(new Route(Language.LO, View.HOME, null, null, "/"), RouteParser.parse("/"));
    }

    @Test
    void emptyPathIsTheLaoHomePage() {
        assertEquals(new Route(Language.LO, View.HOME, null, null, "/"), RouteParser.parse(""));
    }

    @Test
    void englishPrefixWithSlashIsTheEnglishHomePage() {
        assertEquals(new Route(Language.EN, View.HOME, null, null, "/"), RouteParser.parse("/en/"));
    }

    @Test
    void newsIsTheNewsList() {
        assertEquals(new Route(Language.LO, View.LIST, ContentType.NEWS, null, "/news"), RouteParser.parse("/news"));
    }

    @Test
    void announcementsIsTheAnnouncementList() {
        assertEquals(new Route(Language.EN, View.LIST, ContentType.ANNOUNCEMENT, null, "/announcements"),
                RouteParser.parse("/en/announcements"));
    }

    @Test
    void englishNewsItemHasItsSlugAndSitePathWithoutPrefix() {
        assertEquals(new Route(Language.EN, View.ITEM, ContentType.NEWS, "some-slug", "/news/some-slug"),
                RouteParser.parse("/en/news/some-slug"));
    }

    @Test
    void legalIsTheLegalRegister() {
        assertEquals(new Route(Language.LO, View.LEGAL_REGISTER, ContentType.LEGAL_DOCUMENT, null, "/legal"),
                RouteParser.parse("/legal"));
    }

    @Test
    void legalWithSlugIsALegalDocument() {
        assertEquals(new Route(Language.LO, View.LEGAL_DOCUMENT, ContentType.LEGAL_DOCUMENT, "decree-1", "/legal/decree-1"),
                RouteParser.parse("/legal/decree-1"));
    }

    @Test
    void nestedPathIsAPage() {
        assertEquals(new Route(Language.LO, View.PAGE, ContentType.PAGE, "about/structure", "/about/structure"),
                RouteParser.parse("/about/structure"));
    }

    @Test
    void englishPageKeepsItsPathAsKey() {
        assertEquals(new Route(Language.EN, View.PAGE, ContentType.PAGE, "about/structure", "/about/structure"),
                RouteParser.parse("/en/about/structure"));
    }

    @Test
    void laoSlugsAreReadableAddresses() {
        assertEquals(new Route(Language.LO, View.PAGE, ContentType.PAGE, "ກ່ຽວກັບ", "/ກ່ຽວກັບ"),
                RouteParser.parse("/ກ່ຽວກັບ"));
        assertEquals(new Route(Language.EN, View.ITEM, ContentType.NEWS, "ກອງປະຊຸມ-2026", "/news/ກອງປະຊຸມ-2026"),
                RouteParser.parse("/en/news/ກອງປະຊຸມ-2026"));
    }

    @Test
    void unknownLanguagePrefixIsALaoPageAtThatPath() {
        assertEquals(new Route(Language.LO, View.PAGE, ContentType.PAGE, "fr/news", "/fr/news"),
                RouteParser.parse("/fr/news"));
    }

    @Test
    void laoPrefixIsNotStrippedByTheParser() {
        assertEquals(new Route(Language.LO, View.PAGE, ContentType.PAGE, "lo/news", "/lo/news"),
                RouteParser.parse("/lo/news"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/news/Some-Slug", "/news/some_slug", "/news/-slug", "/news/slug-", "/news/a/b", "/news/", "/news/..",
            "/en/news/UPPER", "/legal/decree 1", "/legal/decree-1/x", "/announcements/a.b", "/About",
            "/about/", "/about//structure", "/a/b/c/d/e/f", "/about/../admin", "/index.html", "/ັຂ່າວ", "//"})
    void invalidPathsAreNotFound(String path) {
        Route route = RouteParser.parse(path);
        assertEquals(View.NOT_FOUND, route.view(), () -> path + " -> " + route);
        assertNull(route.type());
        assertNull(route.key());
    }

    @Test
    void notFoundKeepsLanguageAndSitePath() {
        assertEquals(Route.notFound(Language.EN, "/news/Bad_Slug"), RouteParser.parse("/en/news/Bad_Slug"));
    }

    @ParameterizedTest
    @CsvSource({
            "/, /", "/en/, /", "/news, /news", "/en/news, /news", "/en/news/some-slug, /news/some-slug",
            "/en/legal/decree-1, /legal/decree-1", "/en/about/structure, /about/structure", "/fr/news, /fr/news"})
    void sitePathHasNoLanguagePrefix(String path, String sitePath) {
        assertEquals(sitePath, RouteParser.parse(path).sitePath());
    }

    @ParameterizedTest
    @CsvSource({
            "/lo/news, /news", "/lo, /", "/lo/, /", "/lo/news/some-slug, /news/some-slug", "/news/, /news",
            "/about/structure/, /about/structure", "/en, /en/", "/en/news/, /en/news"})
    void nonCanonicalPathsRedirect(String path, String target) {
        assertEquals(Optional.of(target), RouteParser.canonicalRedirect(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/en/", "/news", "/en/news", "/about/structure", "/legal/decree-1", "/logo", "/local"})
    void canonicalPathsDoNotRedirect(String path) {
        assertTrue(RouteParser.canonicalRedirect(path).isEmpty(), () -> path + " -> " + RouteParser.canonicalRedirect(path));
    }

    @Test
    void canonicalRedirectTargetsParseToTheSameRoute() {
        assertEquals(RouteParser.parse("/news"), RouteParser.parse(RouteParser.canonicalRedirect("/lo/news").orElseThrow()));
        assertEquals(View.HOME, RouteParser.parse(RouteParser.canonicalRedirect("/en").orElseThrow()).view());
        assertEquals(Language.EN, RouteParser.parse(RouteParser.canonicalRedirect("/en").orElseThrow()).language());
    }
}
