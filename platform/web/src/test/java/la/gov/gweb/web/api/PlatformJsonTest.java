package la.gov.gweb.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import la.gov.gweb.platform.NewSite;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import org.junit.jupiter.api.Test;

final class PlatformJsonTest {

    @Test
    void theLogoComesBesideTheColourInBase64() throws Exception {
        NewSite site = PlatformJson.newSite(json("""
                {"slug": "moh", "brand": {"colour": "green", "logo": {"fileName": "emblem.png", "data": "iVBORw0KGgo="}}}"""));
        assertEquals("green", site.colour());
        assertEquals("emblem.png", site.logo().fileName());
        assertEquals(8, site.logo().size());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, site.logo().content().readAllBytes());
    }

    @Test
    void base64CutIntoLinesAsTheBase64ToolWritesItIsTaken() throws Exception {
        NewSite site = PlatformJson.newSite(json("{\"brand\": {\"logo\": {\"data\": \"iVBO\\nRw0K\\r\\nGgo=\\n\"}}}"));
        assertNull(site.logo().fileName(), "the name is optional");
        assertEquals(8, site.logo().content().readAllBytes().length);
    }

    @Test
    void withoutALogoThereIsNone() {
        assertNull(PlatformJson.newSite(json("{\"slug\": \"moh\"}")).logo());
        assertNull(PlatformJson.newSite(json("{\"brand\": {\"colour\": \"blue\"}}")).logo());
        assertNull(PlatformJson.newSite(json("{\"brand\": {\"logo\": null}}")).logo());
    }

    @Test
    void aLogoWithoutDataIsAnEmptyFileForTheMediaLibraryToRefuse() {
        assertEquals(0, PlatformJson.newSite(json("{\"brand\": {\"logo\": {\"fileName\": \"a.png\"}}}")).logo().size());
        assertEquals(0, PlatformJson.newSite(json("{\"brand\": {\"logo\": {\"data\": \"\"}}}")).logo().size());
    }

    @Test
    void dataThatIsNotBase64IsRefusedAtTheLogosField() {
        for (String data : new String[] {"not base64!", "iVBORw0=KGgo", "ໂລໂກ້", "iVBO Rw0K"}) {
            RejectedException refused = assertThrows(RejectedException.class, () -> PlatformJson.newSite(
                    json(Json.createObjectBuilder().add("brand", Json.createObjectBuilder().add("logo",
                            Json.createObjectBuilder().add("data", data))).build().toString())));
            assertEquals(RejectedException.Reason.INVALID, refused.reason(), data);
            assertEquals(Problem.of("brand.logo", "site.logo.base64"), refused.problems().get(0), data);
        }
    }

    @Test
    void aLogoThatIsNotAnObjectIsMalformed() {
        RejectedException refused = assertThrows(RejectedException.class,
                () -> PlatformJson.newSite(json("{\"brand\": {\"logo\": \"iVBORw0KGgo=\"}}")));
        assertEquals("request.malformed", refused.problems().get(0).key());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
