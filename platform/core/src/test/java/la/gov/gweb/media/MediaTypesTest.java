package la.gov.gweb.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class MediaTypesTest {

    @ParameterizedTest
    @CsvSource({
            "decree.pdf, application/pdf",
            "decree.PDF, application/pdf",
            "decree.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "budget.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "notice.odt, application/vnd.oasis.opendocument.text",
            "old.doc, application/msword",
            "photo.jpg, image/jpeg",
            "photo.JPEG, image/jpeg",
            "logo.png, image/png",
            "lead.webp, image/webp",
            "anim.gif, image/gif",
            "logo.svg, image/svg+xml",
            "media/lead.2026.v2.jpg, image/jpeg",
            "attachments/decree-245-2025.pdf, application/pdf"})
    void knownExtensionsHaveTheirMediaType(String fileName, String mediaType) {
        assertEquals(mediaType, MediaTypes.byFileName(fileName));
    }

    @ParameterizedTest
    @ValueSource(strings = {"README", "archive.tar.gz", "script.js", "page.html", "file.", "", ".pdf.exe", "pdf"})
    void unknownOrMissingExtensionIsOctetStream(String fileName) {
        assertEquals(MediaTypes.OCTET_STREAM, MediaTypes.byFileName(fileName));
    }
}
