package la.gov.gweb.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform started as an operator starts it, {@code java -jar payara-micro.jar --deploy},
 * on a test installation, and stopped again. Ready means the portal answers over HTTP: Payara's
 * log says "ready" even when the deployment failed.
 */
final class PlatformProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(240);

    private final Process process;
    private final int port;

    private PlatformProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PlatformProcess start(Path war, Path log, ItInstallation installation) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                forward("java.io.tmpdir", "java.io.tmpdir"),
                forward("gweb.tenants.dir", "gweb.tenantsDir")));
        command.addAll(installation.platformOptions());
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--nocluster",
                "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port)));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            PlatformProcess platform = new PlatformProcess(process, port);
            platform.awaitReady(log);
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A platform setting for the started JVM, taken from this test JVM's configuration. */
    private static String forward(String setting, String testProperty) {
        return "-D" + setting + "=" + System.getProperty(testProperty);
    }

    SiteClient client() {
        return new SiteClient(port);
    }

    private void awaitReady(Path log) {
        SiteClient client = client();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The platform exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.get(SiteClient.PORTAL, "/").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // Payara opens its port late in the boot; keep polling until the deadline.
            }
            pause();
        }
        close();
        throw new AssertionError("The platform did not serve its portal within " + STARTUP + "; see " + log);
    }

    /** Kills the platform as a power cut would: no shutdown hook, no commit, no cleanup. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
