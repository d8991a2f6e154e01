package la.gov.gweb.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Talks to the deployed platform as a browser on a given host name would: connects to the
 * deployment's address but sends the site's name in the Host header, which the JDK allows once
 * {@code sun.net.http.allowRestrictedHeaders} is set (before the first connection).
 */
public final class SiteClient {

    /** The platform's own host in the tests, which reaches the portal and the fixtures. */
    public static final String PORTAL = "localhost";

    static {
        System.setProperty("sun.net.http.allowRestrictedHeaders", "true");
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    /** One HTTP answer: status, headers (names in lower case) and body. */
    public record Reply(int status, Map<String, List<String>> headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            return headers(name).stream().findFirst();
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        /** The body as a JSON object; fails the test if it is not one. */
        public JsonObject json() {
            return Json.createReader(new StringReader(body())).readObject();
        }
    }

    private final URI base;

    public SiteClient(URL deployment) {
        this(deployment.getPort());
    }

    public SiteClient(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    public Reply get(String host, String path) {
        return send("GET", host, path, Map.of(), null);
    }

    /** Any call with extra headers, such as Authorization, and an optional body. */
    /** Waits until a word is found on a site, that is until the search indexer has drained its change. */
    public void awaitSearchable(String host, String word, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (get(host, "/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).json().getInt("total") == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(word + " is not searchable on " + host + " after " + patience);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    public Reply call(String method, String host, String path, Map<String, String> headers, String body) {
        return send(method, host, path, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** Any call with a binary body, such as a multipart upload. */
    public Reply callBytes(String method, String host, String path, Map<String, String> headers, byte[] body) {
        return send(method, host, path, headers, body);
    }

    /** HTTP Basic credentials of a demo account {@code <site>-<role>}, whose password is {@code demo-<site>-2026}. */
    public static String demoBasic(String username) {
        String site = username.substring(0, username.lastIndexOf('-'));
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo-" + site + "-2026").getBytes(
                StandardCharsets.UTF_8));
    }

    /** An API token of a demo account on a site; fails the test if none is issued. */
    public String demoToken(String host, String username) {
        Reply reply = call("POST", host, "/api/v1/auth/tokens", Map.of("Authorization", demoBasic(username)), null);
        if (reply.status() != 200) {
            throw new AssertionError("No token for " + username + " on " + host + ": " + reply.status() + " "
                    + reply.body());
        }
        return reply.json().getString("token");
    }

    /**
     * Signs in to a site's console as a browser would (login page, then its form with the view
     * state) and returns the session cookie to send with later calls.
     */
    public String consoleSession(String host, String username, String password) {
        Reply page = get(host, "/admin/login");
        String cookie = sessionCookie(page);
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("No view state on the login page: " + page.body());
        }
        String form = "login=login&login%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        Reply signedIn = send("POST", host, "/admin/login", Map.of("Cookie", cookie,
                "Content-Type", "application/x-www-form-urlencoded"), form.getBytes(StandardCharsets.UTF_8));
        if (signedIn.status() != 302) {
            throw new AssertionError("Sign-in of " + username + " answered " + signedIn.status());
        }
        return sessionCookie(signedIn);
    }

    private static String sessionCookie(Reply reply) {
        return reply.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + reply.headers()));
    }

    /** Calls a test fixture on the portal host and returns its text answer; fails on any error status. */
    public String fixture(String method, String path, Map<String, String> params) {
        String form = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Reply reply = method.equals("GET")
                ? send("GET", PORTAL, "/it-fixtures" + path + "?" + form, Map.of(), null)
                : send("POST", PORTAL, "/it-fixtures" + path,
                        Map.of("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"),
                        form.getBytes(StandardCharsets.UTF_8));
        if (reply.status() != 200) {
            throw new AssertionError("Fixture " + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }

    private Reply send(String method, String host, String path, Map<String, String> headers, byte[] body) {
        if (method.equals("PATCH")) {
            return patch(host, path, headers, body);
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) base.resolve(path).toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            connection.setRequestMethod(method);
            connection.setRequestProperty("Host", host);
            headers.forEach(connection::setRequestProperty);
            if (body != null) {
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            Map<String, List<String>> answerHeaders = connection.getHeaderFields().entrySet().stream()
                    .filter(e -> e.getKey() != null)
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
                            (a, b) -> a));
            InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            return new Reply(status, answerHeaders, answer == null ? new byte[0] : readAll(answer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HttpURLConnection knows no PATCH; the JDK's HttpClient does. */
    private Reply patch(String host, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method("PATCH", body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Host", host);
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(answer.statusCode(), answer.headers().map(), answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
