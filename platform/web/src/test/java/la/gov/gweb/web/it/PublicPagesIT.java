package la.gov.gweb.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public pages as search engines, feed readers, proxies and readers on slow links get them:
 * robots.txt, the sitemap and the feeds, the head tags, revalidation with 304, gzip, the page
 * cache dropped at once by publishing, unpublishing and a scheduled publish, never shared
 * between sites, Lao slugs, and the weight of a first visit.
 */
class PublicPagesIT extends DeployedPlatform {

    static final String MTC = "mtc.localhost";
    static final String EGC = "egc.localhost";
    static final String ARTICLE = "/news/asean-digital-ministers-meeting-2026";
    static final String DRAFT = "/news/national-data-centre-phase-2";
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Duration SCHEDULE_PATIENCE = Duration.ofSeconds(15);
    private static final int PAGE_BUDGET = 200 * 1024;

    private static final Pattern NOT_IN_SITEMAP = Pattern.compile("/(en/)?(search|admin)([/?].*)?");

    @Test
    void robotsTxtPointsToTheSitemapAndKeepsCrawlersOutOfTheConsoleAndApi() {
        SiteClient.Reply robots = client.get(MTC, "/robots.txt");
        assertEquals(200, robots.status());
        assertTrue(robots.header("Content-Type").orElseThrow().startsWith("text/plain"));
        List<String> lines = robots.body().lines().toList();
        assertAll(() -> assertTrue(lines.contains("Disallow: /admin"), robots.body()),
                () -> assertTrue(lines.contains("Disallow: /api"), robots.body()),
                () -> assertTrue(lines.contains("Sitemap: http://mtc.localhost/sitemap.xml"),
                        robots.body()));
    }

    @Test
    void theSitemapListsWhatThePublicSeesInBothLanguagesWithAlternates() {
        // Earlier test classes of the run add pages to mtc, such as /search-broken-files.
        Document sitemap = xml(client.get(MTC, "/sitemap.xml"));
        Map<String, Element> urls = new HashMap<>();
        NodeList entries = sitemap.getElementsByTagNameNS(SITEMAP_NS, "url");
        for (int i = 0; i < entries.getLength(); i++) {
            Element url = (Element) entries.item(i);
            urls.put(url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent(), url);
        }
        String origin = "http://mtc.localhost";
        Element english = urls.get(origin + "/en" + ARTICLE);
        assertAll(() -> assertTrue(urls.containsKey(origin + "/"), urls.keySet().toString()),
                () -> assertTrue(urls.containsKey(origin + "/en/"), urls.keySet().toString()),
                () -> assertTrue(urls.containsKey(origin + "/legal"), urls.keySet().toString()),
                () -> assertTrue(urls.containsKey(origin + ARTICLE), urls.keySet().toString()),
                () -> assertFalse(urls.containsKey(origin + DRAFT), "a draft is not listed"),
                () -> assertEquals(List.of(), urls.keySet().stream()
                        .filter(url -> NOT_IN_SITEMAP.matcher(url.substring(origin.length())).matches()).toList(),
                        "the search page and the console are not listed (a page such as /search-help may be)"));
        NodeList alternates = english.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        Set<String> hreflangs = new LinkedHashSet<>();
        for (int i = 0; i < alternates.getLength(); i++) {
            hreflangs.add(((Element) alternates.item(i)).getAttribute("hreflang"));
        }
        assertEquals(Set.of("lo", "en", "x-default"), hreflangs);
        assertEquals(1, english.getElementsByTagNameNS(SITEMAP_NS, "lastmod").getLength());
    }

    @Test
    void feedsOfEachListAndLanguageAreAtomAndLinkedFromEveryPage() {
        for (String path : List.of("/feeds/news.xml", "/feeds/announcements.xml", "/feeds/legal.xml",
                "/en/feeds/news.xml", "/en/feeds/legal.xml")) {
            SiteClient.Reply reply = client.get(MTC, path);
            assertEquals(200, reply.status(), path);
            assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/atom+xml"), path);
            Document feed = xml(reply);
            assertEquals("feed", feed.getDocumentElement().getLocalName(), path);
            NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
            assertTrue(entries.getLength() > 0, path);
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                String id = entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent();
                assertTrue(id.startsWith("http://mtc.localhost/"), id);
                assertFalse(id.endsWith(DRAFT), "a draft is not in a feed");
            }
        }
        assertEquals(404, client.get(MTC, "/feeds/pages.xml").status());
        String home = client.get(MTC, "/").body();
        assertTrue(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\""), home);
        assertTrue(home.contains("href=\"/feeds/news.xml\""), home);
        assertTrue(client.get(MTC, "/en/").body().contains("href=\"/en/feeds/legal.xml\""));
    }

    @Test
    void articlesCarryCanonicalHreflangAndSharingTags() {
        String origin = "http://mtc.localhost";
        String lao = client.get("www.mtc.localhost", ARTICLE).body();
        assertAll(() -> assertTrue(lao.contains("<link rel=\"canonical\" href=\"" + origin + ARTICLE + "\""),
                        "canonical on the primary host whatever host was asked: " + head(lao)),
                () -> assertTrue(lao.contains("hreflang=\"en\" href=\"" + origin + "/en" + ARTICLE + "\""), head(lao)),
                () -> assertTrue(lao.contains("hreflang=\"x-default\" href=\"" + origin + ARTICLE + "\""), head(lao)),
                () -> assertTrue(lao.contains("<meta property=\"og:type\" content=\"article\""), head(lao)),
                () -> assertTrue(lao.contains("<meta property=\"og:title\" content=\"ຄະນະຜູ້ແທນ ສປປ ລາວ"), head(lao)),
                () -> assertTrue(lao.contains("<meta property=\"og:description\" content=\"ກອງປະຊຸມ ໄດ້ທົບທວນ"), head(lao)),
                () -> assertTrue(lao.contains("<meta property=\"og:locale\" content=\"lo_LA\""), head(lao)),
                () -> assertTrue(lao.contains("<meta property=\"og:image\" content=\"" + origin + "/media/"), head(lao)),
                () -> assertTrue(lao.contains("<meta name=\"twitter:card\" content=\"summary_large_image\""), head(lao)),
                () -> assertTrue(lao.contains("<meta property=\"og:site_name\""), head(lao)));
        String english = client.get(MTC, "/en" + ARTICLE).body();
        assertAll(() -> assertTrue(english.contains("<meta property=\"og:locale\" content=\"en_US\""), head(english)),
                () -> assertTrue(english.contains("<link rel=\"canonical\" href=\"" + origin + "/en" + ARTICLE + "\""),
                        head(english)),
                () -> assertTrue(english.contains("content=\"Lao delegation attends"), head(english)));
        String notFound = client.get(MTC, "/news/no-such-article").body();
        assertFalse(notFound.contains("rel=\"canonical\""), "the 404 page names no canonical URL");
    }

    @Test
    void aTranslationThatDoesNotExistIsNotLinked() {
        String editor = client.demoToken(MTC, "mtc-editor");
        publish(editor, MTC, """
                {"type": "news", "slug": "lao-only-news", "title": {"lo": "ຂ່າວພາສາລາວເທົ່ານັ້ນ"}}""");
        String page = client.get(MTC, "/news/lao-only-news").body();
        assertFalse(page.contains("hreflang=\"en\" href="), head(page));
        assertFalse(page.contains("hreflang=\"x-default\""), head(page));
        assertTrue(page.contains("rel=\"canonical\""), head(page));
        String origin = "http://mtc.localhost";
        String sitemap = client.get(MTC, "/sitemap.xml").body();
        assertTrue(sitemap.contains("<loc>" + origin + "/news/lao-only-news</loc>"), sitemap);
        assertFalse(sitemap.contains("<loc>" + origin + "/en/news/lao-only-news</loc>"), sitemap);
    }

    @Test
    void pagesRevalidateWith304AndAreGzippedForProxiesAndBrowsers() throws IOException {
        // A site of its own, its page through the indexer first: any change to the site, such as
        // another class's scheduled publish falling due or the drain of this page, rightly moves
        // Last-Modified.
        String host = "itrevalidate.localhost";
        String page = "/revalidated";
        client.fixture("POST", "/sites", Map.of("slug", "itrevalidate", "host", host));
        client.fixture("POST", "/pages", Map.of("slug", "itrevalidate", "path", page.substring(1),
                "titleLo", "ໜ້າທີ່ກວດຄືນ", "bodyLo", "<p>" + "ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ".repeat(100) + "</p>",
                "titleEn", "Revalidated capybarine", "bodyEn", "<p>Revalidated.</p>"));
        client.awaitSearchable(host, "capybarine", Duration.ofSeconds(60));
        SiteClient.Reply first = client.get(host, page);
        assertEquals(200, first.status());
        String etag = first.header("ETag").orElseThrow();
        String lastModified = first.header("Last-Modified").orElseThrow();
        assertAll(() -> assertTrue(first.header("Cache-Control").orElseThrow().contains("s-maxage="),
                        first.headers().toString()),
                () -> assertTrue(first.header("Cache-Control").orElseThrow().contains("public")),
                () -> assertEquals("Accept-Encoding", first.header("Vary").orElseThrow()),
                () -> assertTrue(first.headers("Set-Cookie").isEmpty()));

        SiteClient.Reply byTag = client.call("GET", host, page, Map.of("If-None-Match", etag), null);
        assertEquals(304, byTag.status());
        assertEquals(0, byTag.bytes().length);
        SiteClient.Reply byDate = client.call("GET", host, page, Map.of("If-Modified-Since", lastModified), null);
        assertEquals(304, byDate.status());
        SiteClient.Reply otherTag = client.call("GET", host, page, Map.of("If-None-Match", "\"other\""), null);
        assertEquals(200, otherTag.status());

        SiteClient.Reply gzipped = client.call("GET", host, page, Map.of("Accept-Encoding", "gzip, br"), null);
        assertEquals("gzip", gzipped.header("Content-Encoding").orElseThrow());
        byte[] inflated = new GZIPInputStream(new ByteArrayInputStream(gzipped.bytes())).readAllBytes();
        assertArrayEquals(first.bytes(), inflated);
        assertTrue(gzipped.bytes().length * 3 < first.bytes().length,
                gzipped.bytes().length + " compressed bytes of " + first.bytes().length);
        assertEquals(304, client.call("GET", host, page, Map.of("Accept-Encoding", "gzip",
                "If-None-Match", gzipped.header("ETag").orElseThrow()), null).status());

        assertTrue(client.get(MTC, "/admin/login").header("Cache-Control").orElse("").indexOf("public") < 0,
                "the console is never shared");
        assertTrue(client.get(MTC, "/api/v1/content?type=news").header("Cache-Control").orElse("").indexOf("public") < 0,
                "the API is never shared");
    }

    @Test
    void publishingUnpublishingAndEditingShowOnTheNextRequest() {
        String editor = client.demoToken(MTC, "mtc-editor");
        String path = "/news/cache-lifecycle";
        SiteClient.Reply created = api("POST", MTC, "/api/v1/content", editor, """
                {"type": "news", "slug": "cache-lifecycle", "title": {"lo": "ຂ່າວແຄຊ", "en": "Cache lifecycle news"}}""");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(404, client.get(MTC, path).status());
        assertEquals(404, client.get(MTC, path).status(), "the 404 may come from the cache now");
        assertFalse(client.get(MTC, "/en/").body().contains("Cache lifecycle news"));
        String etagBefore = client.get(MTC, "/en/").header("ETag").orElseThrow();

        assertEquals(200, api("POST", MTC, "/api/v1/content/" + id + "/publish", editor, null).status());
        SiteClient.Reply published = client.get(MTC, "/en" + path);
        assertEquals(200, published.status(), "the next request after the publish answer sees it");
        assertTrue(published.body().contains("Cache lifecycle news"));
        SiteClient.Reply home = client.call("GET", MTC, "/en/", Map.of("If-None-Match", etagBefore), null);
        assertEquals(200, home.status(), "a revalidated home page is not 304 once it changed");
        assertTrue(home.body().contains("Cache lifecycle news"), "the home page lists it at once");

        long version = api("GET", MTC, "/api/v1/content/" + id, editor, null).json().getJsonNumber("version").longValue();
        assertEquals(200, api("PUT", MTC, "/api/v1/content/" + id, editor, """
                {"version": %d, "slug": "cache-lifecycle", "title": {"lo": "ຂ່າວແຄຊ", "en": "Cache lifecycle edited"}}"""
                .formatted(version)).status());
        assertTrue(client.get(MTC, "/en" + path).body().contains("Cache lifecycle edited"));

        assertEquals(200, api("POST", MTC, "/api/v1/content/" + id + "/unpublish", editor, null).status());
        assertEquals(404, client.get(MTC, path).status(), "gone with the next request");
        assertFalse(client.get(MTC, "/en/").body().contains("Cache lifecycle"));
    }

    @Test
    void aScheduledPublishShowsWhenItsTimeComes() {
        String editor = client.demoToken(MTC, "mtc-editor");
        Instant publishAt = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        SiteClient.Reply created = api("POST", MTC, "/api/v1/content", editor, """
                {"type": "announcement", "slug": "cache-scheduled", "status": "published",
                 "title": {"en": "Scheduled cache announcement"}, "publishAt": "%s"}""".formatted(publishAt));
        assertEquals(201, created.status(), created.body());
        SiteClient.Reply early = client.get(MTC, "/en/announcements/cache-scheduled");
        String earlyList = client.get(MTC, "/en/announcements").body();
        // Both answers are in the cache now, and must be the ones from before the publish time.
        assertTrue(Instant.now().isBefore(publishAt), "the machine took over 8 s for three requests");
        assertEquals(404, early.status());
        assertFalse(earlyList.contains("Scheduled cache announcement"));
        Instant deadline = Instant.now().plus(SCHEDULE_PATIENCE);
        while (client.get(MTC, "/en/announcements").body().indexOf("Scheduled cache announcement") < 0) {
            assertTrue(Instant.now().isBefore(deadline), "the cached list never showed the scheduled item");
            pause();
        }
        assertTrue(Instant.now().isAfter(publishAt), "not shown before its time");
        assertEquals(200, client.get(MTC, "/en/announcements/cache-scheduled").status());
    }

    @Test
    void aCachedPageOfOneSiteIsNeverServedOnAnother() {
        String editor = client.demoToken(MTC, "mtc-editor");
        publish(editor, MTC, """
                {"type": "news", "slug": "cache-isolation", "title": {"en": "Only on the ministry site"}}""");
        for (int i = 0; i < 2; i++) {
            assertTrue(client.get(MTC, "/en/news/cache-isolation").body().contains("Only on the ministry site"));
        }
        SiteClient.Reply other = client.get(EGC, "/en/news/cache-isolation");
        assertEquals(404, other.status());
        assertFalse(other.body().contains("Only on the ministry site"));
        String mtcHome = client.get(MTC, "/").body();
        String egcHome = client.get(EGC, "/").body();
        assertFalse(mtcHome.equals(egcHome));
        assertTrue(client.get(EGC, "/sitemap.xml").body().indexOf("cache-isolation") < 0);
        assertTrue(client.get(EGC, "/robots.txt").body().contains("egc.localhost"));
    }

    @Test
    void theLayoutsSitewidePartsShowEachSiteAndLanguageTheirOwn() {
        Map<String, List<String>> names = Map.of(
                MTC, List.of("ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ", "Ministry of Technology and Communications"),
                EGC, List.of("ສູນລັດຖະບານເອເລັກໂຕຣນິກ", "e-Government Center"));
        for (String host : List.of(MTC, EGC, MTC)) {
            List<String> own = names.get(host);
            List<String> others = names.get(host.equals(MTC) ? EGC : MTC);
            for (String language : List.of("/", "/en/")) {
                String news = client.get(host, language + "news").body();
                String announcements = client.get(host, language + "announcements").body();
                String header = between(news, "<header", "</header>");
                String name = language.equals("/") ? "lang=\"lo\">" + own.get(0) : "lang=\"en\">" + own.get(1);
                assertAll(host + language,
                        () -> assertTrue(header.contains("site-brand__name\" " + name), header),
                        () -> assertTrue(others.stream().noneMatch(header::contains), "no other site's name"),
                        () -> assertEquals(header.replace("href=\"" + other(language) + "news\"", ""),
                                between(announcements, "<header", "</header>")
                                        .replace("href=\"" + other(language) + "announcements\"", ""),
                                "the same header but for the language switch"),
                        () -> assertEquals(between(news, "<footer", "</footer>"),
                                between(announcements, "<footer", "</footer>")),
                        () -> assertTrue(header.contains("class=\"lang-switch\" href=\"" + other(language) + "news\""),
                                "the language switch leads to the same page"));
            }
        }
    }

    @Test
    void laoSlugsAreAcceptedAndServedPercentEncoded() {
        String editor = client.demoToken(MTC, "mtc-editor");
        String slug = "ຂ່າວ-ທົດສອບ-2026";
        publish(editor, MTC, """
                {"type": "news", "slug": "%s", "title": {"lo": "ຂ່າວທີ່ມີສລັກພາສາລາວ"}}""".formatted(slug));
        String encoded = "/news/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
        SiteClient.Reply page = client.get(MTC, encoded);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("ຂ່າວທີ່ມີສລັກພາສາລາວ"));
        String origin = "http://mtc.localhost";
        assertTrue(page.body().contains("<link rel=\"canonical\" href=\"" + origin + encoded + "\""), head(page.body()));
        assertTrue(client.get(MTC, "/sitemap.xml").body().contains("<loc>" + origin + encoded + "</loc>"));
        SiteClient.Reply refused = api("POST", MTC, "/api/v1/content", editor, """
                {"type": "news", "slug": "\u0EC8ກ-ທົດສອບ", "title": {"lo": "ສລັກຜິດ"}}""");
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("slug"), refused.body());
    }

    @Test
    void mediaImagesInRichTextGetVariantsLazyLoadingAndTheirSize() {
        String editor = client.demoToken(MTC, "mtc-editor");
        publish(editor, MTC, """
                {"type": "news", "slug": "body-image", "title": {"en": "Body image"},
                 "body": {"en": "<p>Before</p><p><img src=\\"/media/asean-digital-ministers-meeting-2026.jpg\\" alt=\\"Delegates\\"></p>"}}""");
        String page = client.get(MTC, "/en/news/body-image").body();
        Matcher img = Pattern.compile("<img src=\"/media/asean-digital-ministers-meeting-2026.jpg\"[^>]*>").matcher(page);
        assertTrue(img.find(), page);
        String tag = img.group();
        assertAll(tag,
                () -> assertTrue(tag.contains("srcset=\"/media/asean-digital-ministers-meeting-2026.jpg?w=480 480w, "), tag),
                () -> assertTrue(tag.contains("loading=\"lazy\""), tag),
                () -> assertTrue(tag.contains("sizes=\""), tag),
                () -> assertTrue(Pattern.compile("width=\"\\d+\" height=\"\\d+\"").matcher(tag).find(), tag),
                () -> assertTrue(tag.contains("alt=\"Delegates\""), tag));
        assertEquals(200, client.get(MTC, "/media/asean-digital-ministers-meeting-2026.jpg?w=480").status());
    }

    @Test
    void theHomePageAndAnArticleWeighUnder200KbOnAFirstVisit() {
        for (String path : List.of("/", ARTICLE)) {
            long total = 0;
            SiteClient.Reply page = client.call("GET", MTC, path, Map.of("Accept-Encoding", "gzip"), null);
            total += page.bytes().length;
            List<String> fetched = new ArrayList<>();
            String html = gunzip(page);
            for (String resource : resources(html)) {
                SiteClient.Reply asset = client.call("GET", MTC, resource, Map.of("Accept-Encoding", "gzip"), null);
                assertEquals(200, asset.status(), resource);
                total += asset.bytes().length;
                fetched.add(resource + " " + asset.bytes().length);
                if (asset.header("Content-Type").orElse("").startsWith("text/css")) {
                    for (String font : cssUrls(gunzip(asset), resource)) {
                        SiteClient.Reply file = client.get(MTC, font);
                        total += file.bytes().length;
                        fetched.add(font + " " + file.bytes().length);
                    }
                }
            }
            long weight = total;
            assertTrue(weight < PAGE_BUDGET, () -> path + " weighs " + weight + " bytes: " + fetched);
        }
    }

    /**
     * Stylesheets and images a desktop browser loads on a first visit: the 960 pixel variant that
     * {@code srcset} and {@code sizes} select, lazy images below the fold included.
     */
    private static Set<String> resources(String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher stylesheet = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(html);
        while (stylesheet.find()) {
            found.add(stylesheet.group(1).replace("&amp;", "&"));
        }
        Matcher image = Pattern.compile("<img [^>]*>").matcher(html);
        while (image.find()) {
            Matcher desktop = Pattern.compile("srcset=\"[^\"]*?([^\", ]+) 960w").matcher(image.group());
            Matcher src = Pattern.compile(" src=\"([^\"]+)\"").matcher(image.group());
            if (desktop.find()) {
                found.add(desktop.group(1).replace("&amp;", "&"));
            } else if (src.find()) {
                found.add(src.group(1).replace("&amp;", "&"));
            }
        }
        return found;
    }

    private static List<String> cssUrls(String css, String base) {
        List<String> urls = new ArrayList<>();
        Matcher url = Pattern.compile("url\\(['\"]?([^'\")]+)['\"]?\\)").matcher(css);
        while (url.find()) {
            String target = url.group(1);
            if (!target.startsWith("data:")) {
                urls.add(target.startsWith("/") ? target : base.substring(0, base.lastIndexOf('/') + 1) + target);
            }
        }
        return urls;
    }

    private static String gunzip(SiteClient.Reply reply) {
        if (!"gzip".equals(reply.header("Content-Encoding").orElse(""))) {
            return reply.body();
        }
        try {
            return new String(new GZIPInputStream(new ByteArrayInputStream(reply.bytes())).readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish(String token, String host, String json) {
        SiteClient.Reply created = api("POST", host, "/api/v1/content", token, json);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        SiteClient.Reply published = api("POST", host, "/api/v1/content/" + id + "/publish", token, null);
        assertEquals(200, published.status(), published.body());
    }

    private SiteClient.Reply api(String method, String host, String path, String token, String body) {
        Map<String, String> headers = new HashMap<>(Map.of("Authorization", "Bearer " + token));
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return client.call(method, host, path, headers, body);
    }

    private static Document xml(SiteClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(reply.bytes()));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + reply.body(), e);
        }
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, start);
        return html.substring(from, html.indexOf(end, from) + end.length());
    }

    private static String other(String language) {
        return language.equals("/") ? "/en/" : "/";
    }

    private static String head(String html) {
        int end = html.indexOf("</head>");
        return end < 0 ? html : html.substring(0, end);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
