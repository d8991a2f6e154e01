package la.gov.gweb.web.findable;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) of one list of a site in one language: its newest items, each with
 * its title, summary, link and dates. Ids are the items' URLs, which never change for an item.
 */
final class AtomFeed {

    private static final String NS = "http://www.w3.org/2005/Atom";

    /** The feed itself: its title, its own URL, the page it mirrors and the language it is in. */
    record Head(String title, String selfUrl, String pageUrl, String language, Instant updated) {
    }

    record Entry(String title, String summary, String url, Instant published, Instant updated) {
    }

    private AtomFeed() {
    }

    static void write(OutputStream out, Head head, List<Entry> entries) throws XMLStreamException {
        XMLStreamWriter xml = Xml.start(out);
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", head.language());
        Xml.element(xml, "id", head.selfUrl());
        Xml.element(xml, "title", head.title());
        Xml.element(xml, "updated", Xml.date(head.updated()));
        link(xml, "self", head.selfUrl());
        link(xml, "alternate", head.pageUrl());
        xml.writeStartElement("author");
        Xml.element(xml, "name", head.title());
        xml.writeEndElement();
        for (Entry entry : entries) {
            xml.writeStartElement("entry");
            Xml.element(xml, "id", entry.url());
            Xml.element(xml, "title", entry.title());
            link(xml, "alternate", entry.url());
            Xml.element(xml, "published", Xml.date(entry.published()));
            Xml.element(xml, "updated", Xml.date(entry.updated()));
            if (entry.summary() != null && !entry.summary().isBlank()) {
                Xml.element(xml, "summary", entry.summary());
            }
            xml.writeEndElement();
        }
        Xml.end(xml);
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
