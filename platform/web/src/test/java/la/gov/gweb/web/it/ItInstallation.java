package la.gov.gweb.web.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a platform under test keeps its data: a data folder and, on MariaDB, a platform database
 * and a prefix for the site schemas. The shared installation is the one the Arquillian deployment
 * runs on; a test that starts platforms of its own takes a separate one so that it never shares
 * an H2 file or a schema with the running deployment.
 */
record ItInstallation(Path dataDir, String databaseUrl, String schemaPrefix) {

    static ItInstallation shared() {
        return new ItInstallation(Path.of(System.getProperty("it.dataDir")),
                System.getProperty("it.mariadb.url"), System.getProperty("it.mariadb.prefix"));
    }

    /** An installation beside the shared one, told apart by {@code name} in folder and database names. */
    static ItInstallation separate(String name) {
        ItInstallation shared = shared();
        String url = shared.databaseUrl();
        int slash = url.lastIndexOf('/');
        return new ItInstallation(shared.dataDir().resolveSibling(shared.dataDir().getFileName() + "-" + name),
                url.substring(0, slash + 1) + "gweb" + name,
                "gweb" + name + "_site_");
    }

    static boolean onMariaDb() {
        return "mariadb".equals(System.getProperty("it.database"));
    }

    /** The platform's system properties that point it at this installation. */
    List<String> platformOptions() {
        List<String> options = new ArrayList<>(List.of("-Dgweb.data.dir=" + dataDir));
        if (onMariaDb()) {
            options.addAll(List.of(
                    "-Dgweb.db.url=" + databaseUrl,
                    "-Dgweb.db.user=" + System.getProperty("it.mariadb.user"),
                    "-Dgweb.db.password=" + System.getProperty("it.mariadb.password"),
                    "-Dgweb.db.tenant-schema-prefix=" + schemaPrefix));
        }
        return options;
    }
}
