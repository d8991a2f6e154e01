package la.gov.gweb.publishing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SafeHtmlTest {

    private static final String LAO = "ກົດໝາຍວ່າດ້ວຍ\u200Bການປົກປ້ອງ ຂໍ້ມູນ\u0EC8\u0EC9";

    @Test
    void nullStaysNull() {
        assertNull(SafeHtml.sanitize(null));
    }

    @Test
    void scriptsAreRemovedWithTheirContent() {
        assertEquals("<p>a</p><p>b</p>", SafeHtml.sanitize("<p>a</p><script>alert(1)</script><p>b</p>"));
    }

    @Test
    void stylesheetsAreRemovedWithTheirContent() {
        assertEquals("<p>x</p>", SafeHtml.sanitize("<style>p{color:red}</style><p>x</p>"));
    }

    @Test
    void eventHandlersAreRemoved() {
        assertEquals("<p>hi</p>", SafeHtml.sanitize("<p onclick=\"evil()\" onmouseover='x'>hi</p>"));
        assertEquals("<img src=\"https://cdn.gov.la/a.jpg\" alt=\"a\" />",
                SafeHtml.sanitize("<img src=\"https://cdn.gov.la/a.jpg\" alt=\"a\" onerror=\"evil()\">"));
    }

    @Test
    void styleAttributesAreRemoved() {
        assertEquals("<p>x</p>", SafeHtml.sanitize("<p style=\"color:red;background:url(javascript:x)\">x</p>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;&#x61;vascript:alert(1)",
            "java\tscript:alert(1)",
            "jav&#x09;ascript:alert(1)",
            "java script:alert(1)",
            " javascript:alert(1)",
            "\njavascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "DATA:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "VBScript:msgbox(1)",
    })
    void dangerousLinkTargetsAreRemovedAndTheTextKept(String href) {
        String clean = SafeHtml.sanitize("<a href=\"" + href + "\">read</a>");
        assertEquals("read", clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:image/png;base64,AAAA",
            "vbscript:msgbox(1)", "&#106;avascript:alert(1)"})
    void dangerousImageSourcesAreRemoved(String src) {
        String clean = SafeHtml.sanitize("<img src=\"" + src + "\" alt=\"ຮູບ\">");
        String lower = clean.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("src="), clean);
        assertFalse(lower.contains("script"), clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"x.swf\"><param name=\"a\" value=\"b\"></object>",
            "<embed src=\"x.swf\">",
            "<svg onload=\"alert(1)\"></svg>",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<base href=\"https://evil.example/\">",
    })
    void embeddingElementsAreRemoved(String element) {
        assertEquals("<p>x</p>", SafeHtml.sanitize(element + "<p>x</p>"));
    }

    @Test
    void formsAndTheirControlsAreRemoved() {
        String clean = SafeHtml.sanitize(
                "<form action=\"https://evil.example\"><input name=\"q\"><button>Go</button></form>");
        assertEquals("Go", clean);
    }

    @Test
    void structureListsAndHeadingsAreKept() {
        String html = "<p>t</p><h2>Head</h2><h3>Sub</h3><ul><li>one</li><li>two</li></ul><ol><li>x</li></ol>"
                + "<blockquote><p><strong>s</strong> <em>e</em></p></blockquote>";
        assertEquals(html, SafeHtml.sanitize(html));
    }

    @Test
    void tablesWithHeaderScopeAreKept() {
        String html = "<table><caption>ງົບປະມານ</caption><thead><tr><th scope=\"col\">A</th>"
                + "<th scope=\"col\">B</th></tr></thead><tbody><tr><th scope=\"row\">1</th>"
                + "<td colspan=\"2\">2</td></tr></tbody></table>";
        assertEquals(html, SafeHtml.sanitize(html));
    }

    @Test
    void httpsLinksAreKeptWithRelNoopener() {
        assertEquals("<a href=\"https://www.gov.la/news\" rel=\"noopener\">gov</a>",
                SafeHtml.sanitize("<a href=\"https://www.gov.la/news\">gov</a>"));
    }

    @Test
    void linkTargetsAreDroppedButTheLinkKept() {
        String clean = SafeHtml.sanitize("<a href=\"https://www.gov.la/\" target=\"_blank\">gov</a>");
        assertTrue(clean.startsWith("<a href=\"https://www.gov.la/\""), clean);
        assertTrue(clean.contains("noopener"), clean);
        assertFalse(clean.contains("target"), clean);
    }

    @Test
    void httpsImagesAreKeptWithTheirAlternativeText() {
        assertEquals("<img src=\"https://cdn.gov.la/a.jpg\" alt=\"ຮູບພາບ\" />",
                SafeHtml.sanitize("<img src=\"https://cdn.gov.la/a.jpg\" alt=\"ຮູບພາບ\">"));
    }

    @Test
    void laoTextIsKeptByteForByte() {
        String clean = SafeHtml.sanitize("<p lang=\"lo\">" + LAO + "</p>");
        assertEquals("<p lang=\"lo\">" + LAO + "</p>", clean);
        assertArrayEquals(("<p lang=\"lo\">" + LAO + "</p>").getBytes(StandardCharsets.UTF_8),
                clean.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bareLaoTextWithZeroWidthSpacesIsKept() {
        String text = "ສະບາຍດີ\u200Bປະເທດລາວ\u200Bກົດໝາຍ";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8),
                SafeHtml.sanitize(text).getBytes(StandardCharsets.UTF_8));
    }
}
