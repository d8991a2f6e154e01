package la.gov.gweb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import org.junit.jupiter.api.Test;

class RolloutCsvTest {

    private static final String HEADER = "slug,name_lo,name_en,hosts,theme,template,colour,admin_username,admin_name,admin_email\r\n";
    private static final String ATTAPEU = "attapeu,ແຂວງອັດຕະປື,Attapeu Province,attapeu.gov.la www.attapeu.gov.la,gweb-standard,province,"
            + "#1d4f91,attapeu-admin,ຜູ້ດູແລ ອັດຕະປື,admin@attapeu.gov.la\r\n";

    @Test
    void readsRowsWithLaoNamesAndSeveralHosts() {
        List<RolloutRow> rows = RolloutCsv.read(utf8(HEADER + ATTAPEU));
        assertEquals(1, rows.size());
        RolloutRow row = rows.get(0);
        assertEquals(2, row.line());
        assertEquals("attapeu", row.slug());
        assertEquals("ແຂວງອັດຕະປື", row.nameLo());
        assertEquals(List.of("attapeu.gov.la", "www.attapeu.gov.la"), row.hosts());
        assertEquals("province", row.template());
        assertEquals("ຜູ້ດູແລ ອັດຕະປື", row.adminName());
        assertTrue(row.valid());
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] body = utf8(HEADER + ATTAPEU);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("attapeu", RolloutCsv.read(withBom).get(0).slug());
    }

    @Test
    void aUtf16FileIsRefusedAsAWhole() {
        assertEquals("rollout.encoding.utf16", refusal(
                (HEADER + ATTAPEU).getBytes(StandardCharsets.UTF_16)).key());
        assertEquals("rollout.encoding.utf16", refusal(
                (HEADER + ATTAPEU).getBytes(StandardCharsets.UTF_16LE)).key());
    }

    @Test
    void aWindows1252FileIsRefusedNamingTheLineWhereItShows() {
        String text = HEADER + "vientiane,Vientiane,Vientiane Capital,vientiane.gov.la,gweb-standard,province,,vte-admin,Café,\r\n";
        Problem problem = refusal(text.getBytes(Charset.forName("windows-1252")));
        assertEquals("rollout.encoding.notUtf8", problem.key());
        assertEquals(List.of(2), problem.arguments());
    }

    @Test
    void aWrongHeaderNamesTheExpectedColumns() {
        Problem problem = refusal(utf8("slug;name_lo;name_en\r\nattapeu;x;y\r\n"));
        assertEquals("rollout.header", problem.key());
        assertEquals(List.of(String.join(",", RolloutCsv.COLUMNS)), problem.arguments());
    }

    @Test
    void anEmptyFileOrOnlyAHeaderIsRefused() {
        assertEquals("rollout.empty", refusal(new byte[0]).key());
        assertEquals("rollout.empty", refusal(utf8(HEADER + "\r\n")).key());
    }

    @Test
    void brokenRowsAreReportedEachWithItsProblemsAndTheOthersStand() {
        String text = HEADER + ATTAPEU
                + "Bad Slug!,ແຂວງ,Province,bad..host,gweb-standard,province,,,,\r\n"
                + "bokeo,ແຂວງບໍ່ແກ້ວ\r\n"
                + "ATTAPEU,ແຂວງ,Again,ATTAPEU.gov.la,gweb-standard,province,,x-admin,,\r\n"
                + "\"salavan\",\"ແຂວງສາລະວັນ\",\"Salavan, Province\",salavan.gov.la,gweb-standard,province,,\"sal\"\"admin\",,\r\n";
        List<RolloutRow> rows = RolloutCsv.read(utf8(text));
        assertEquals(5, rows.size());
        assertTrue(rows.get(0).valid());
        assertEquals(List.of("rollout.row.slug", "rollout.row.host", "rollout.row.admin"), keys(rows.get(1)));
        assertEquals(List.of("rollout.row.columns", "rollout.row.names", "rollout.row.noHost", "rollout.row.admin"),
                keys(rows.get(2)));
        assertEquals(List.of("rollout.row.slugTwice", "rollout.row.hostTwice"), keys(rows.get(3)));
        assertEquals(List.of("ATTAPEU", 2), rows.get(3).problems().get(0).arguments());
        assertTrue(rows.get(4).valid(), rows.get(4).problems().toString());
        assertEquals("Salavan, Province", rows.get(4).nameEn());
        assertEquals("sal\"admin", rows.get(4).adminUsername());
    }

    private static Problem refusal(byte[] content) {
        RejectedException refused = assertThrows(RejectedException.class, () -> RolloutCsv.read(content));
        return refused.problems().get(0);
    }

    private static List<String> keys(RolloutRow row) {
        return row.problems().stream().map(Problem::key).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
