import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how long a published item takes to become searchable on a running platform: creates
 * a news item through the API, publishes it, and polls the search API every 10 ms until the item
 * is found. A search of an item that exists from the start is timed in the same run, as the
 * reference for what one poll costs. Run against the platform started with README command 1:
 *
 * <pre>java -Djdk.httpclient.allowRestrictedHeaders=host platform/web/src/bench/PublishToSearchable.java</pre>
 *
 * Optional arguments: base URL (http://127.0.0.1:8080), site host (mtc.localhost), editor user
 * (mtc-editor), its password (demo-mtc-2026), rounds (30). Each round leaves one published item.
 */
public class PublishToSearchable {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    /** HTTP/1.1: the client's HTTP/2 upgrade of a GET would replace the Host header that picks the site. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String host;

    private PublishToSearchable(String base, String host) {
        this.base = base;
        this.host = host;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String host = args.length > 1 ? args[1] : "mtc.localhost";
        String user = args.length > 2 ? args[2] : "mtc-editor";
        String password = args.length > 3 ? args[3] : "demo-mtc-2026";
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        PublishToSearchable bench = new PublishToSearchable(base, host);
        String token = bench.token(user, password);
        long run = System.currentTimeMillis();
        List<Double> delays = new ArrayList<>();
        List<Double> searches = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            searches.add(bench.timedSearch("G-Web"));
            delays.add(bench.publishAndAwait(token, "bench" + run + "r" + round));
        }
        System.out.printf("publish-to-searchable over %d rounds: median %.0f ms, p95 %.0f ms, max %.0f ms%n",
                rounds, percentile(delays, 50), percentile(delays, 95), percentile(delays, 100));
        System.out.printf("reference, one search request: median %.1f ms, p95 %.1f ms%n",
                percentile(searches, 50), percentile(searches, 95));
    }

    private double publishAndAwait(String token, String word) throws Exception {
        String created = send("POST", "/api/v1/content", token, """
                {"type": "news", "slug": "%s", "title": {"lo": "ທົດສອບ %s", "en": "Benchmark %s"}}"""
                .formatted(word, word, word));
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("No item created: " + created);
        }
        long start = System.nanoTime();
        send("POST", "/api/v1/content/" + id.group(1) + "/publish", token, null);
        while (total(word) == 0) {
            if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos()) {
                throw new IllegalStateException(word + " was not searchable within 30 s");
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private double timedSearch(String word) throws Exception {
        long start = System.nanoTime();
        total(word);
        return (System.nanoTime() - start) / 1e6;
    }

    private int total(String word) throws Exception {
        Matcher total = TOTAL.matcher(send("GET", "/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                null, null));
        if (!total.find()) {
            throw new IllegalStateException("Not a search answer");
        }
        return Integer.parseInt(total.group(1));
    }

    private String token(String user, String password) throws Exception {
        HttpRequest request = request("/api/v1/auth/tokens")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        Matcher token = TOKEN.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        if (!token.find()) {
            throw new IllegalStateException("No token for " + user + " on " + host);
        }
        return token.group(1);
    }

    private String send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = request(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Host", host).timeout(Duration.ofSeconds(30));
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
