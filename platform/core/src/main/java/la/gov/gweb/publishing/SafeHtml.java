package la.gov.gweb.publishing;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list of rich text: structure, emphasis, lists, tables, quotes, images and links with
 * http(s) or mailto URLs only. Everything else, {@code <script>}, event handlers,
 * {@code javascript:} URLs and styles included, is removed when an item is saved.
 */
public final class SafeHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s",
                    "blockquote", "table", "thead", "tbody", "tr", "th", "td", "caption", "a", "img", "figure",
                    "figcaption", "span", "sub", "sup", "hr")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt", "width", "height").onElements("img")
            .allowAttributes("lang").globally()
            .allowAttributes("scope", "colspan", "rowspan").onElements("th", "td")
            .requireRelsOnLinks("noopener")
            .toFactory();

    private SafeHtml() {
    }

    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
