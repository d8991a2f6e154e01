package la.gov.gweb.web.api;

import jakarta.ws.rs.core.EntityPart;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The file name of a multipart part as the sender wrote it. Browsers and curl send names in
 * UTF-8, but the multipart reader decodes header bytes as ISO-8859-1, which turns a Lao name
 * into mojibake; the bytes are decoded again as UTF-8 when they are valid UTF-8.
 */
final class PartNames {

    private PartNames() {
    }

    static String of(EntityPart part) {
        return utf8(part.getFileName().orElse(part.getName()));
    }

    static String utf8(String name) {
        if (name == null || name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return name;
        }
    }
}
