package la.gov.gweb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import la.gov.gweb.platform.RolloutCsv;
import la.gov.gweb.platform.RolloutRow;
import org.junit.jupiter.api.Test;

/** The sample roll-out file of the README: the 18 provinces of the Lao PDR and one broken row. */
final class ProvincesSampleTest {

    @Test
    void eighteenProvincesAndOneRowRefusedForItsSlugTwice() throws IOException {
        List<RolloutRow> rows;
        try (InputStream sample = ProvincesSampleTest.class.getResourceAsStream("/rollout/provinces.csv")) {
            rows = RolloutCsv.read(sample.readAllBytes());
        }
        assertEquals(19, rows.size());
        assertEquals(18, rows.stream().filter(RolloutRow::valid).count());
        RolloutRow broken = rows.stream().filter(row -> !row.valid()).findFirst().orElseThrow();
        assertEquals("rollout.row.slugTwice", broken.problems().get(0).key());
    }
}
