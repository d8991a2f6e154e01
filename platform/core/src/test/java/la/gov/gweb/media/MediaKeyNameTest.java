package la.gov.gweb.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class MediaKeyNameTest {

    @ParameterizedTest
    @CsvSource({
            "Photo 2026.JPG, image/jpeg, photo-2026.jpg",
            "photo.jpeg, image/jpeg, photo.jpeg",
            "ພາບກອງປະຊຸມ.png, image/png, file.png",
            "ກອງປະຊຸມ 2026.png, image/png, 2026.png",
            "sent-as.png, image/jpeg, sent-as.jpg",
            "no-extension, application/pdf, no-extension.pdf",
            "C:\\Users\\me\\decree 245.PDF, application/pdf, decree-245.pdf",
            "../../etc/passwd.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, passwd.docx",
            "lead.2026.v2.webp, image/webp, lead-2026-v2.webp"})
    void theNameKeepsItsReadablePartAndTakesTheExtensionOfItsType(String fileName, String type, String expected) {
        assertEquals(expected, MediaLibrary.keyName(fileName, type));
        assertEquals(type, MediaTypes.byFileName(expected));
    }
}
