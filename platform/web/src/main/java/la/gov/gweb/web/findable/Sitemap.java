package la.gov.gweb.web.findable;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A site's sitemap (sitemaps.org): one URL per page and language, each naming its translations
 * with {@code xhtml:link} hreflang alternates and Lao as {@code x-default}. Past the protocol's
 * limit of URLs per file, {@code /sitemap.xml} becomes an index of numbered files.
 */
final class Sitemap {

    static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private record Url(String path, SitemapPage page) {
    }

    private final List<Url> urls = new ArrayList<>();
    private final int urlsPerFile;
    private final UnaryOperator<String> absolute;

    /** @param absolute turns a site path into the absolute URL on the site's primary host */
    Sitemap(List<SitemapPage> pages, int urlsPerFile, UnaryOperator<String> absolute) {
        this.urlsPerFile = urlsPerFile;
        this.absolute = absolute;
        for (SitemapPage page : pages) {
            if (page.laoPath() != null) {
                urls.add(new Url(page.laoPath(), page));
            }
            if (page.englishPath() != null) {
                urls.add(new Url(page.englishPath(), page));
            }
        }
    }

    /** How many numbered files the sitemap takes; 0 when everything fits in {@code /sitemap.xml}. */
    int files() {
        return urls.size() <= urlsPerFile ? 0 : (urls.size() + urlsPerFile - 1) / urlsPerFile;
    }

    /** {@code /sitemap.xml}: every URL, or the index of the numbered files. */
    void writeMain(OutputStream out) throws XMLStreamException {
        if (files() == 0) {
            writeUrls(out, urls);
        } else {
            XMLStreamWriter xml = Xml.start(out);
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(NS);
            for (int file = 1; file <= files(); file++) {
                xml.writeStartElement("sitemap");
                Xml.element(xml, "loc", absolute.apply("/sitemap-" + file + ".xml"));
                xml.writeEndElement();
            }
            Xml.end(xml);
        }
    }

    /** One numbered file, from 1; false when there is no such file. */
    boolean writeFile(int file, OutputStream out) throws XMLStreamException {
        if (file < 1 || file > files()) {
            return false;
        }
        int from = (file - 1) * urlsPerFile;
        writeUrls(out, urls.subList(from, Math.min(urls.size(), from + urlsPerFile)));
        return true;
    }

    private void writeUrls(OutputStream out, List<Url> selected) throws XMLStreamException {
        XMLStreamWriter xml = Xml.start(out);
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("xhtml", XHTML);
        for (Url url : selected) {
            SitemapPage page = url.page();
            xml.writeStartElement("url");
            Xml.element(xml, "loc", absolute.apply(url.path()));
            if (page.lastModified() != null) {
                Xml.element(xml, "lastmod", Xml.date(page.lastModified()));
            }
            if (page.laoPath() != null && page.englishPath() != null) {
                alternate(xml, "lo", page.laoPath());
                alternate(xml, "en", page.englishPath());
                alternate(xml, "x-default", page.laoPath());
            }
            xml.writeEndElement();
        }
        Xml.end(xml);
    }

    private void alternate(XMLStreamWriter xml, String language, String path) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", language);
        xml.writeAttribute("href", absolute.apply(path));
    }
}
