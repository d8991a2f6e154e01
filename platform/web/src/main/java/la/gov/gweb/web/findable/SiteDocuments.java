package la.gov.gweb.web.findable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.PublishedContent;
import la.gov.gweb.content.VisibleItem;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.web.cache.PublicPages;
import la.gov.gweb.web.site.Links;
import la.gov.gweb.web.site.SiteUrls;

/**
 * The machine-read documents of a site: {@code /robots.txt}, {@code /sitemap.xml} (with
 * {@code /sitemap-N.xml} past 50,000 URLs) and the Atom feeds {@code /feeds/news.xml},
 * {@code /feeds/announcements.xml} and {@code /feeds/legal.xml}, under {@code /en} in English.
 * Only what the public sees is listed; they are cached and invalidated like the pages.
 */
@ApplicationScoped
public class SiteDocuments {

    static final String FEEDS = "/feeds/";
    static final int FEED_SIZE = 20;
    private static final Pattern SITEMAP_FILE = Pattern.compile("/sitemap-([1-9][0-9]{0,5})\\.xml");
    private static final String XML = "application/xml;charset=UTF-8";
    private static final String ATOM = "application/atom+xml;charset=UTF-8";

    @Inject
    PublishedContent content;

    @Inject
    CurrentTenant currentTenant;

    /** Writes the document at this path, if there is one. */
    public Optional<PublicPages.Renderer> find(HttpServletRequest request, String path) {
        if (path.equals("/robots.txt")) {
            return Optional.of(response -> robots(request, response));
        }
        if (path.equals("/sitemap.xml")) {
            return Optional.of(response -> sitemap(request, response, 0));
        }
        Matcher file = SITEMAP_FILE.matcher(path);
        if (file.matches()) {
            return Optional.of(response -> sitemap(request, response, Integer.parseInt(file.group(1))));
        }
        for (Language language : Language.values()) {
            String prefix = Links.localized(language, FEEDS);
            if (path.startsWith(prefix) && path.endsWith(".xml")) {
                Optional<ContentType> type = ContentType.fromSegment(
                        path.substring(prefix.length(), path.length() - ".xml".length()));
                if (type.isPresent()) {
                    return Optional.of(response -> feed(request, response, type.get(), language));
                }
            }
        }
        return Optional.empty();
    }

    /** The path of a list's feed in a language. */
    public static String feedPath(ContentType type, Language language) {
        return Links.localized(language, FEEDS + type.segment().orElseThrow() + ".xml");
    }

    /** The name of a list in a language, as the home page heads it. */
    static String listName(ContentType type, Language language) {
        return ResourceBundle.getBundle("la.gov.gweb.web.i18n.messages", language.locale())
                .getString("home." + type.segment().orElseThrow());
    }

    private void robots(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = "User-agent: *\nDisallow: /admin\nDisallow: /api\n\nSitemap: "
                + absolute(request, "/sitemap.xml") + "\n";
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    private void sitemap(HttpServletRequest request, HttpServletResponse response, int file) throws IOException {
        Sitemap sitemap = new Sitemap(pages(), Sitemap.MAX_URLS, path -> absolute(request, path));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (file == 0) {
                sitemap.writeMain(out);
            } else if (!sitemap.writeFile(file, out)) {
                notFound(response);
                return;
            }
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the sitemap", e);
        }
        response.setContentType(XML);
        out.writeTo(response.getOutputStream());
    }

    private List<SitemapPage> pages() {
        List<SitemapPage> pages = new ArrayList<>();
        pages.add(both("/", null));
        for (ContentType type : ContentType.values()) {
            type.segment().ifPresent(segment -> pages.add(both("/" + segment, null)));
        }
        for (VisibleItem item : content.visibleItems()) {
            pages.add(new SitemapPage(item.hasLao() ? item.sitePath() : null,
                    item.hasEnglish() ? Links.localized(Language.EN, item.sitePath()) : null, item.updatedAt()));
        }
        return pages;
    }

    private static SitemapPage both(String sitePath, Instant lastModified) {
        return new SitemapPage(sitePath, Links.localized(Language.EN, sitePath), lastModified);
    }

    private void feed(HttpServletRequest request, HttpServletResponse response, ContentType type, Language language)
            throws IOException {
        TenantSnapshot site = currentTenant.get();
        List<AtomFeed.Entry> entries = new ArrayList<>();
        Instant updated = Instant.EPOCH;
        for (ContentItem item : content.latest(type, FEED_SIZE)) {
            String title = item.title().raw(language);
            if (title != null) {
                String summary = item.summary() == null ? null : item.summary().raw(language);
                entries.add(new AtomFeed.Entry(title, summary,
                        absolute(request, Links.localized(language, item.sitePath())), item.publishedAt(),
                        item.updatedAt()));
                updated = item.updatedAt().isAfter(updated) ? item.updatedAt() : updated;
            }
        }
        AtomFeed.Head head = new AtomFeed.Head(site.names().in(language).text() + ": " + listName(type, language),
                absolute(request, feedPath(type, language)),
                absolute(request, Links.localized(language, "/" + type.segment().orElseThrow())),
                language.code(), updated);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AtomFeed.write(out, head, entries);
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the feed", e);
        }
        response.setContentType(ATOM);
        out.writeTo(response.getOutputStream());
    }

    private String absolute(HttpServletRequest request, String path) {
        return SiteUrls.canonical(request, currentTenant.get(), path);
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("Not found\n".getBytes(StandardCharsets.UTF_8));
    }
}
