package la.gov.gweb.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empties the test database and data folder once per test run, before the first deployment, so
 * that every run starts the platform on an empty database as a new installation would. On
 * MariaDB it drops the test databases; an unreachable server fails the tests, never skips them.
 */
public final class FreshDatabase implements BeforeAllCallback {

    private static boolean done;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (FreshDatabase.class) {
            if (done) {
                return;
            }
            empty(ItInstallation.shared());
            done = true;
        }
    }

    /** Deletes everything {@code installation} holds, leaving an empty platform database. */
    static void empty(ItInstallation installation) throws SQLException {
        deleteFolder(installation.dataDir());
        if (ItInstallation.onMariaDb()) {
            resetMariaDb(installation.databaseUrl(), System.getProperty("it.mariadb.user"),
                    System.getProperty("it.mariadb.password"), installation.schemaPrefix());
        }
    }
    private static void resetMariaDb(String url, String user, String password, String prefix) throws SQLException {
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        String platform = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement statement = connection.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SHOW DATABASES")) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    if (name.equals(platform) || name.startsWith(prefix)) {
                        schemas.add(name);
                    }
                }
            }
            for (String schema : schemas) {
                statement.execute("DROP DATABASE `" + schema + "`");
            }
            statement.execute("CREATE DATABASE `" + platform + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
