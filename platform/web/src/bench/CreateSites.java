import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures site creation through the platform API and the platform's start with many sites.
 *
 * <p>{@code create} (the default) creates sites one after another on a running platform (README
 * command 1, best on MariaDB/MySQL through GWEB_DB_URL) and reports the time per site, from the
 * request until the answer that the site is live, as p50, p95 and max; then it checks that the
 * last site answers on its host.
 *
 * <pre>java -Djdk.httpclient.allowRestrictedHeaders=host platform/web/src/bench/CreateSites.java create http://127.0.0.1:8080 admin PASSWORD 200</pre>
 *
 * <p>{@code restart} starts the platform jar itself with the same environment (stop the running
 * one first), times the start until the given site's home page answers, then reports the heap in
 * use after a full collection ({@code jcmd GC.heap_info}); given a platform admin's name and
 * password, it then asks every site for its home page once, so that every site's store is open,
 * and reports the time that took and the heap again. Then it stops the platform.
 *
 * <pre>java -Djdk.httpclient.allowRestrictedHeaders=host platform/web/src/bench/CreateSites.java restart platform/web/target/gweb.jar 8080 SITE_HOST admin PASSWORD</pre>
 */
public class CreateSites {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FIRST_HOST = Pattern.compile("\"hosts\"\\s*:\\s*\\[\\s*\"([^\"]+)\"");
    private static final List<String> TEMPLATES = List.of("ministry", "province", "agency");

    /** HTTP/1.1: the client's HTTP/2 upgrade of a GET would replace the Host header that picks the site. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private CreateSites(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "create";
        if (mode.equals("restart")) {
            restart(Path.of(args[1]), args[2], args[3], args.length > 5 ? List.of(args[4], args[5]) : List.of());
            return;
        }
        String base = args.length > 1 ? args[1] : "http://127.0.0.1:8080";
        String user = args.length > 2 ? args[2] : "admin";
        String password = args.length > 3 ? args[3] : System.getenv("GWEB_ADMIN_PASSWORD");
        int count = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        CreateSites bench = new CreateSites(base);
        String token = bench.token(user, password);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<Double> times = new ArrayList<>();
        String last = null;
        for (int i = 0; i < count; i++) {
            String slug = "b" + run + "-" + i;
            long start = System.nanoTime();
            bench.create(token, slug, TEMPLATES.get(i % TEMPLATES.size()));
            times.add((System.nanoTime() - start) / 1e6);
            last = slug + ".localhost";
        }
        int home = bench.get(last, "/").statusCode();
        System.out.printf("created %d sites: per site p50 %.0f ms, p95 %.0f ms, max %.0f ms; the last (%s) answers %d%n",
                count, percentile(times, 50), percentile(times, 95), percentile(times, 100), last, home);
    }

    private void create(String token, String slug, String template) throws Exception {
        String body = """
                {"slug": "%s", "names": {"lo": "ເວັບໄຊທົດສອບ %s", "en": "Benchmark site %s"}, "hosts": ["%s.localhost"],
                 "template": "%s", "admin": {"username": "%s-admin", "name": "Benchmark admin",
                 "password": "benchmark-2026"}}""".formatted(slug, slug, slug, slug, template, slug);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/platform/tenants"))
                .header("Host", "localhost").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException(slug + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private String token(String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                .header("Host", "localhost").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(answer.body());
        if (!token.find()) {
            throw new IllegalStateException("No platform token for " + user + ": " + answer.body());
        }
        return token.group(1);
    }

    private HttpResponse<String> get(String host, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Host", host).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void restart(Path jar, String port, String host, List<String> admin) throws Exception {
        long start = System.nanoTime();
        Process platform = new ProcessBuilder("java", "-jar", jar.toString(), "--port", port)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        CreateSites bench = new CreateSites("http://127.0.0.1:" + port);
        try {
            while (true) {
                try {
                    if (bench.get(host, "/").statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (!platform.isAlive()) {
                    throw new IllegalStateException("The platform stopped while starting");
                }
                Thread.sleep(200);
            }
            System.out.printf("start to first page of %s: %.1f s%n", host, (System.nanoTime() - start) / 1e9);
            System.out.println("heap after a full collection: " + heapInUse(platform.pid()));
            if (!admin.isEmpty()) {
                List<String> hosts = bench.siteHosts(bench.token(admin.get(0), admin.get(1)));
                long visits = System.nanoTime();
                for (String site : hosts) {
                    bench.get(site, "/");
                }
                System.out.printf("every site's home page once (%d sites): %.1f s; heap then: %s%n", hosts.size(),
                        (System.nanoTime() - visits) / 1e9, heapInUse(platform.pid()));
            }
        } finally {
            platform.destroy();
            platform.waitFor();
        }
    }

    /** The first host of every site, from the platform API's list. */
    private List<String> siteHosts(String token) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/platform/tenants"))
                .header("Host", "localhost").header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> hosts = new ArrayList<>();
        Matcher host = FIRST_HOST.matcher(answer.body());
        while (host.find()) {
            hosts.add(host.group(1));
        }
        return hosts;
    }

    private static String heapInUse(long pid) throws Exception {
        run("jcmd", String.valueOf(pid), "GC.run");
        String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        return used.find() ? String.format("%.0f MB used of %.0f MB committed", Long.parseLong(used.group(2)) / 1024.0,
                Long.parseLong(used.group(1)) / 1024.0) : info;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
