package la.gov.gweb.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/** The demo site folders under {@code tenants/}, for comparing what a site serves with its sources. */
final class SiteFolders {

    private SiteFolders() {
    }

    static boolean containsFile(String slug, byte[] content) {
        Path attachments = Path.of(System.getProperty("gweb.tenantsDir"), slug, "attachments");
        try (Stream<Path> files = Files.list(attachments)) {
            return files.anyMatch(file -> Arrays.equals(read(file), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
