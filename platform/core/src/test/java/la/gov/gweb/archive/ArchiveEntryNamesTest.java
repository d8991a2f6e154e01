package la.gov.gweb.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import la.gov.gweb.refusal.RejectedException;
import org.junit.jupiter.api.Test;

class ArchiveEntryNamesTest {

    @Test
    void theNamesAnExportWritesAreAllowed() {
        for (String name : new String[] {"manifest.json", "db/content_item.jsonl", "db/a_new_table.jsonl",
                "platform/members.jsonl", "platform/scheduled_changes.jsonl", "files/media/logo.svg",
                "files/media/news/lead-2026.jpg.w480.jpg", "files/attachments/decree-245-2025.docx"}) {
            assertTrue(ArchiveEntryNames.isAllowed(name), name);
        }
    }

    @Test
    void pathsThatCouldLeaveTheSiteFolderAreRefused() {
        for (String name : new String[] {"../x", "files/../../etc/passwd", "files/media/../../x", "/etc/passwd",
                "/files/media/a.jpg", "files\\media\\a.jpg", "files/media\\..\\x", "C:/x", "files/C:x",
                "files//a.jpg", "files/./a.jpg", "files/media/", "files/.incoming/upload.tmp", "files/media/.hidden",
                "files/media/a\u0000.jpg", "", "files/media/a b.jpg"}) {
            assertFalse(ArchiveEntryNames.isAllowed(name), name);
        }
        assertFalse(ArchiveEntryNames.isAllowed(null));
    }

    @Test
    void namesTheExportNeverWritesAreRefused() {
        for (String name : new String[] {"readme.txt", "db/Content.jsonl", "db/content_item.json", "db/x/y.jsonl",
                "platform/accounts.jsonl", "manifest.json/x", "index/segments_1"}) {
            assertFalse(ArchiveEntryNames.isAllowed(name), name);
        }
    }

    @Test
    void aRefusalNamesTheEntryWithoutControlCharacters() {
        RejectedException refused = assertThrows(RejectedException.class, () -> ArchiveEntryNames.check("../\u0007x"));
        assertEquals(RejectedException.Reason.INVALID, refused.reason());
        assertEquals("archive.unsafeName", refused.problems().get(0).key());
        assertEquals("../?x", refused.problems().get(0).arguments().get(0));
    }

    @Test
    void aTableEntryNamesItsTable() {
        assertTrue(ArchiveEntryNames.isTable("db/menu_item.jsonl"));
        assertEquals("menu_item", ArchiveEntryNames.tableOf("db/menu_item.jsonl"));
        assertFalse(ArchiveEntryNames.isTable("files/db/menu_item.jsonl"));
    }
}
