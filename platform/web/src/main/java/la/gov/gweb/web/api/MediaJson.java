package la.gov.gweb.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.media.MediaFile;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;

/** A media library file as the API shows it, and its title and alternative text as read from a request. */
final class MediaJson {

    private MediaJson() {
    }

    /** {@code id} stays the storage key (what content refers to); {@code mediaId} addresses the library entry. */
    static JsonObjectBuilder write(MediaFile file, String contextPath) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("mediaId", file.id())
                .add("id", file.path())
                .add("url", contextPath + "/" + file.path())
                .add("fileName", file.fileName())
                .add("type", file.mediaType())
                .add("kind", file.kind().name().toLowerCase(java.util.Locale.ROOT))
                .add("size", file.byteSize())
                .add("sha256", file.sha256())
                .add("title", texts(file.title()))
                .add("alt", texts(file.alt()))
                .add("uploadedAt", file.uploadedAt().toString());
        if (file.width() != null && file.height() != null) {
            json.add("width", file.width()).add("height", file.height());
        }
        optional(json, "uploadedBy", file.uploadedBy());
        optional(json, "replacedBy", file.replacedBy());
        optional(json, "replacedAt", file.replacedAt() == null ? null : file.replacedAt().toString());
        return json;
    }

    static JsonObjectBuilder withUsages(JsonObjectBuilder json, List<String> usages) {
        return json.add("usedBy", Json.createArrayBuilder(usages));
    }

    static LocalizedText localized(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return LocalizedText.of(null, null);
        }
        if (!(value instanceof JsonObject texts)) {
            throw new RejectedException(Reason.INVALID, Problem.of(name, "request.malformed",
                    name + " must be an object with lo and en"));
        }
        return LocalizedText.of(string(texts, "lo"), string(texts, "en"));
    }

    private static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private static JsonObjectBuilder texts(LocalizedText text) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        optional(json, "lo", text.lo());
        optional(json, "en", text.en());
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
