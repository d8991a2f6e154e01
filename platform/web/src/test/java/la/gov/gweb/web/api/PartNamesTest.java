package la.gov.gweb.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class PartNamesTest {

    @Test
    void aLaoNameReadAsLatin1IsReadAgainAsUtf8() {
        String sent = "ພາບກອງປະຊຸມ.png";
        String misread = new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(sent, PartNames.utf8(misread));
    }

    @Test
    void namesThatAreNotUtf8BytesStayAsTheyAre() {
        assertEquals("photo.jpg", PartNames.utf8("photo.jpg"));
        assertEquals("caf\u00e9.pdf", PartNames.utf8("caf\u00e9.pdf"));
        assertEquals("ພາບ.png", PartNames.utf8("ພາບ.png"));
    }
}
