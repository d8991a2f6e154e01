package la.gov.gweb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteMeasurementsTest {

    @Test
    void storageIsTheBytesOfEveryFileUnderTheSiteFolder(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("files/ab"));
        Files.createDirectories(site.resolve("index"));
        Files.write(site.resolve("files/ab/photo.jpg"), new byte[1_500]);
        Files.write(site.resolve("index/_0.cfs"), new byte[700]);
        Files.write(site.resolve("files/.incoming-upload.tmp"), new byte[10]);
        assertEquals(2_210, SiteMeasurements.bytes(site));
    }

    @Test
    void aSiteWithoutAFolderYetUsesNothing(@TempDir Path sites) {
        assertEquals(0, SiteMeasurements.bytes(sites.resolve("new-site")));
    }
}
