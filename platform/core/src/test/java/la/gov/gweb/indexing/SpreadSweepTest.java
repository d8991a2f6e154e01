package la.gov.gweb.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpreadSweepTest {

    private static final Instant START = Instant.parse("2026-11-22T00:00:00Z");

    @Test
    void twoHundredSitesAreSweptFourATickAndEachOnceARound() {
        SpreadSweep<Integer> sweep = new SpreadSweep<>(Duration.ofMinutes(1), Duration.ofSeconds(1));
        List<Integer> sites = IntStream.range(0, 200).boxed().toList();
        List<Integer> swept = new ArrayList<>();
        for (int tick = 0; tick < 60; tick++) {
            List<Integer> slice = sweep.due(START.plusSeconds(tick), () -> sites);
            assertTrue(slice.size() <= 4, "tick " + tick + " swept " + slice.size());
            swept.addAll(slice);
        }
        assertEquals(sites, swept);
    }

    @Test
    void aNewRoundWaitsForItsTimeAndSeesSitesAddedMeanwhile() {
        SpreadSweep<String> sweep = new SpreadSweep<>(Duration.ofMinutes(1), Duration.ofSeconds(1));
        assertEquals(List.of("mtc"), sweep.due(START, () -> List.of("mtc", "egc")));
        assertEquals(List.of("egc"), sweep.due(START.plusSeconds(1), () -> List.of("mtc", "egc")));
        assertEquals(List.of(), sweep.due(START.plusSeconds(59), () -> List.of("mtc", "egc", "new")));
        assertEquals(List.of("mtc"), sweep.due(START.plusSeconds(60), () -> List.of("mtc", "egc", "new")));
        assertEquals(List.of("egc"), sweep.due(START.plusSeconds(61), () -> List.of()));
        assertEquals(List.of("new"), sweep.due(START.plusSeconds(62), () -> List.of()));
    }
}
