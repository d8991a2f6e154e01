package la.gov.gweb.web.findable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class SitemapTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Test
    void eachLanguageIsAUrlThatNamesItsTranslationAndLaoAsDefault() throws Exception {
        Instant changed = Instant.parse("2026-03-01T08:30:15.250Z");
        Sitemap sitemap = new Sitemap(List.of(new SitemapPage("/news/a", "/en/news/a", changed)), 10, this::absolute);
        Document xml = parse(main(sitemap));
        NodeList urls = xml.getElementsByTagNameNS(NS, "url");
        assertEquals(2, urls.getLength());
        Element english = (Element) urls.item(1);
        assertEquals("https://mtc.gov.la/en/news/a", text(english, "loc"));
        assertEquals("2026-03-01T08:30:15Z", text(english, "lastmod"));
        NodeList links = english.getElementsByTagNameNS(XHTML, "link");
        assertEquals(3, links.getLength());
        assertEquals("x-default", ((Element) links.item(2)).getAttribute("hreflang"));
        assertEquals("https://mtc.gov.la/news/a", ((Element) links.item(2)).getAttribute("href"));
    }

    @Test
    void aPageInOneLanguageOnlyHasNoAlternates() throws Exception {
        Sitemap sitemap = new Sitemap(List.of(new SitemapPage("/news/ຂ່າວ", null, null)), 10, this::absolute);
        Document xml = parse(main(sitemap));
        assertEquals(1, xml.getElementsByTagNameNS(NS, "url").getLength());
        assertEquals(0, xml.getElementsByTagNameNS(XHTML, "link").getLength());
        assertEquals(0, xml.getElementsByTagNameNS(NS, "lastmod").getLength());
    }

    @Test
    void pastTheLimitTheMainFileIsAnIndexOfNumberedFiles() throws Exception {
        List<SitemapPage> pages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pages.add(new SitemapPage("/news/n" + i, "/en/news/n" + i, null));
        }
        Sitemap sitemap = new Sitemap(pages, 4, this::absolute);
        assertEquals(3, sitemap.files());
        Document index = parse(main(sitemap));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        NodeList files = index.getElementsByTagNameNS(NS, "loc");
        assertEquals(3, files.getLength());
        assertEquals("https://mtc.gov.la/sitemap-3.xml", files.item(2).getTextContent());
        int total = 0;
        for (int file = 1; file <= 3; file++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertTrue(sitemap.writeFile(file, out));
            total += parse(out.toByteArray()).getElementsByTagNameNS(NS, "url").getLength();
        }
        assertEquals(10, total);
        assertFalse(sitemap.writeFile(4, new ByteArrayOutputStream()));
        assertFalse(sitemap.writeFile(0, new ByteArrayOutputStream()));
    }

    @Test
    void atomFeedEscapesTextAndIsWellFormed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Instant at = Instant.parse("2026-02-01T00:00:00Z");
        AtomFeed.write(out, new AtomFeed.Head("ກະຊວງ: ຂ່າວສານ", "https://mtc.gov.la/feeds/news.xml",
                        "https://mtc.gov.la/news", "lo", at),
                List.of(new AtomFeed.Entry("<script>ກ & ຂ</script>", null, "https://mtc.gov.la/news/a", at, at)));
        Document feed = parse(out.toByteArray());
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals("lo", feed.getDocumentElement().getAttribute("xml:lang"));
        Element entry = (Element) feed.getElementsByTagNameNS(atom, "entry").item(0);
        assertEquals("<script>ກ & ຂ</script>", entry.getElementsByTagNameNS(atom, "title").item(0).getTextContent());
        assertEquals(0, entry.getElementsByTagNameNS(atom, "summary").getLength());
    }

    private String absolute(String path) {
        return "https://mtc.gov.la" + path;
    }

    private static byte[] main(Sitemap sitemap) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sitemap.writeMain(out);
        return out.toByteArray();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }
}
