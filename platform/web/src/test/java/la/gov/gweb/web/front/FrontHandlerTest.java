package la.gov.gweb.web.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.tenant.TenantStatus;
import la.gov.gweb.web.cache.PageKey;
import la.gov.gweb.web.cache.RenderedPage;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The front in a real Grizzly listener, as Payara runs one: kept pages are sent by the front, and
 * everything the container must decide (other sites, the portal, closed sites, writes, paths it
 * would normalise) reaches the container's handler untouched.
 */
final class FrontHandlerTest {

    private static final String ARTICLE = "/news/asean-digital-ministers-meeting-2026";
    private static final String LAO_PATH = "/ຂ່າວ/ກອງປະຊຸມ";
    private static final TenantSnapshot MTC = site("mtc", TenantStatus.ACTIVE);
    private static final TenantSnapshot EGC = site("egc", TenantStatus.ACTIVE);
    private static final TenantSnapshot CLOSED = site("closed", TenantStatus.SUSPENDED);
    private static final long MODIFIED = 1_795_400_000_000L;

    private final Map<PageKey, RenderedPage> kept = new ConcurrentHashMap<>();
    private final AtomicInteger containerCalls = new AtomicInteger();
    private HttpServer server;
    private HttpServerFilter filter;
    private FrontHandler front;
    private int port;

    @BeforeEach
    void startListener() throws IOException {
        port = freePort();
        server = new HttpServer();
        NetworkListener listener = new NetworkListener("front-test", "127.0.0.1", port);
        server.addListener(listener);
        server.start();
        filter = listener.getFilterChain().stream().filter(HttpServerFilter.class::isInstance)
                .map(HttpServerFilter.class::cast).findFirst().orElseThrow();
        // One handler for every request, as Payara's listener has its container mapper.
        filter.setHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                containerCalls.incrementAndGet();
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("container " + request.getMethod() + " " + request.getRequestURI());
            }
        });
        Map<HostName, TenantSnapshot> sites = Map.of(HostName.of("mtc.test"), MTC, HostName.of("egc.test"), EGC,
                HostName.of("closed.test"), CLOSED);
        FrontPages pages = new FrontPages(host -> Optional.ofNullable(sites.get(host)), HostName.of("portal.test"),
                (key, site) -> Optional.ofNullable(kept.get(key)).filter(page -> page.site() == site));
        front = FrontHandler.standBefore(filter, pages).orElseThrow();
    }

    @AfterEach
    void stopListener() {
        server.shutdownNow();
    }

    @Test
    void aKeptPageIsSentByTheFrontWithItsValidators() throws IOException {
        keep(MTC, ARTICLE, "", "<p>ASEAN</p>");
        RawHttp.Answer answer = RawHttp.send(port, "GET", ARTICLE, host("mtc.test"));
        assertEquals(200, answer.status());
        assertEquals("<p>ASEAN</p>", answer.text());
        assertEquals("text/html;charset=UTF-8", answer.header("Content-Type"));
        assertEquals("public, max-age=60, s-maxage=60", answer.header("Cache-Control"));
        assertEquals("Accept-Encoding", answer.header("Vary"));
        assertEquals("\"mtc-tag\"", answer.header("ETag"));
        assertEquals("Mon, 23 Nov 2026 02:13:20 GMT", answer.header("Last-Modified"));
        assertEquals(0, containerCalls.get());
    }

    @Test
    void aReaderWhoTakesGzipGetsTheGzippedBodyAndItsOwnTag() throws IOException {
        keep(MTC, ARTICLE, "", "<p>ASEAN</p>");
        RawHttp.Answer answer = RawHttp.send(port, "GET", ARTICLE, host("mtc.test"), "Accept-Encoding: gzip, br");
        assertEquals("gzip", answer.header("Content-Encoding"));
        assertEquals("\"mtc-tag-gz\"", answer.header("ETag"));
        assertEquals("<p>ASEAN</p>", gunzip(answer.body()));
        assertEquals(String.valueOf(answer.body().length), answer.header("Content-Length"));
    }

    @Test
    void aStillValidCopyGets304AndAHeadRequestNoBody() throws IOException {
        keep(MTC, ARTICLE, "", "<p>ASEAN</p>");
        RawHttp.Answer revalidated = RawHttp.send(port, "GET", ARTICLE, host("mtc.test"), "If-None-Match: \"mtc-tag\"");
        assertEquals(304, revalidated.status());
        RawHttp.Answer since = RawHttp.send(port, "GET", ARTICLE, host("mtc.test"),
                "If-Modified-Since: Mon, 23 Nov 2026 02:13:20 GMT");
        assertEquals(304, since.status());
        RawHttp.Answer head = RawHttp.send(port, "HEAD", ARTICLE, host("mtc.test"));
        assertEquals(200, head.status());
        assertEquals("12", head.header("Content-Length"));
        assertEquals(0, containerCalls.get());
    }

    @Test
    void aLaoPathIsFoundDecodedAndTrackingParametersAreIgnored() throws IOException {
        keep(MTC, LAO_PATH, "", "ລາວ");
        keep(MTC, "/news", "page=2", "page two");
        assertEquals("ລາວ", RawHttp.send(port, "GET", encode(LAO_PATH), host("mtc.test")).text());
        assertEquals("page two", RawHttp.send(port, "GET", "/news?utm_source=x&page=2", host("mtc.test")).text());
        assertEquals(0, containerCalls.get());
        assertTrue(RawHttp.send(port, "GET", "/news?page=3", host("mtc.test")).text().startsWith("container"));
    }

    @Test
    void anotherSitesHostNeverGetsThePageOfThisSite() throws IOException {
        keep(MTC, ARTICLE, "", "<p>mtc</p>");
        RawHttp.Answer other = RawHttp.send(port, "GET", ARTICLE, host("egc.test"));
        assertEquals("container GET " + ARTICLE, other.text());
        RawHttp.Answer portal = RawHttp.send(port, "GET", ARTICLE, host("portal.test"));
        assertEquals("container GET " + ARTICLE, portal.text());
        RawHttp.Answer unknown = RawHttp.send(port, "GET", ARTICLE, host("nobody.test"));
        assertEquals("container GET " + ARTICLE, unknown.text());
        assertEquals(3, containerCalls.get());
    }

    @Test
    void aClosedSiteIsLeftToTheContainerEvenWithPagesKept() throws IOException {
        keep(CLOSED, ARTICLE, "", "<p>old</p>");
        assertEquals("container GET " + ARTICLE, RawHttp.send(port, "GET", ARTICLE, host("closed.test")).text());
    }

    @Test
    void writesAreLeftToTheContainer() throws IOException {
        keep(MTC, ARTICLE, "", "<p>ASEAN</p>");
        assertEquals("container POST " + ARTICLE,
                RawHttp.send(port, "POST", ARTICLE, host("mtc.test"), "Content-Length: 0").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/x/../news/a", "/news//a", "/news/./a", "/news/a;v=1", "/news%2Fa", "/news/%2e%2e/a",
        "/news/a%00", "/news/a%"})
    void pathsTheContainerWouldNormaliseOrRefuseAreLeftToIt(String target) throws IOException {
        for (String path : List.of(target, "/news/a", "/a", "/news/../a", "/news/a\u0000", "/news/a;v=1")) {
            keep(MTC, path, "", "kept");
        }
        RawHttp.Answer answer = RawHttp.send(port, "GET", target, host("mtc.test"));
        assertTrue(!answer.text().equals("kept"), target + " was answered by the front");
    }

    @Test
    void aFailingLookupLeavesTheRequestToTheContainerInsteadOfAnErrorPage() throws IOException {
        front.stepAside();
        FrontHandler.standBefore(filter, new FrontPages(host -> {
            throw new IllegalStateException("directory unavailable");
        }, HostName.of("portal.test"), (key, site) -> Optional.empty())).orElseThrow();
        RawHttp.Answer answer = RawHttp.send(port, "GET", ARTICLE, host("mtc.test"));
        assertEquals(200, answer.status());
        assertEquals("container GET " + ARTICLE, answer.text());
    }

    @Test
    void steppingAsideGivesTheListenerItsOwnHandlerBack() throws IOException {
        keep(MTC, ARTICLE, "", "<p>ASEAN</p>");
        front.stepAside();
        assertEquals("container GET " + ARTICLE, RawHttp.send(port, "GET", ARTICLE, host("mtc.test")).text());
        assertTrue(FrontHandler.standBefore(filter, new FrontPages(host -> Optional.empty(), HostName.of("p.test"),
                (key, site) -> Optional.empty())).isPresent());
        assertTrue(FrontHandler.standBefore(filter, new FrontPages(host -> Optional.empty(), HostName.of("p.test"),
                (key, site) -> Optional.empty())).isEmpty(), "a second front over the first");
    }

    /** The Host header a browser sends for a port other than 80. */
    private String host(String name) {
        return name + ":" + port;
    }

    private void keep(TenantSnapshot site, String path, String query, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        Map<String, String[]> parameters = query.isEmpty() ? Map.of()
                : Map.of(query.split("=")[0], new String[] {query.split("=")[1]});
        kept.put(PageKey.of(site.slug(), "http", port, path, parameters),
                new RenderedPage(200, "text/html;charset=UTF-8", body, gzip(body), "\"" + site.slug() + "-tag\"",
                        MODIFIED, RenderedPage.httpDate(MODIFIED), site, 0));
    }

    private static TenantSnapshot site(String slug, TenantStatus status) {
        return new TenantSnapshot(TenantSlug.of(slug), status, "gweb-standard", LocalizedText.of("ເວັບ", "Site"),
                "gweb_site_" + slug, List.of(HostName.of(slug + ".test")), null);
    }

    private static String encode(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.substring(1).split("/")) {
            encoded.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
        }
        return encoded.toString();
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
