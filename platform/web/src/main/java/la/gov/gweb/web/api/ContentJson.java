package la.gov.gweb.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.LegalDetails;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.i18n.Translation;
import la.gov.gweb.publishing.ContentDraft;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;

/**
 * Content as the API writes and reads it. Texts are {@code {"lo": ..., "en": ...}} objects, or
 * plain strings in one language when the caller asks for {@code lang}; type names are the URL
 * segments ({@code news}, {@code announcements}, {@code legal}) or {@code page}.
 */
final class ContentJson {

    private ContentJson() {
    }

    static Optional<ContentType> type(String name) {
        return ContentType.fromCode(name);
    }

    static JsonObject write(ContentItem item, Optional<Language> language, String url) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", item.id())
                .add("type", item.type().code())
                .add("slug", item.slug())
                .add("status", item.status().name().toLowerCase(Locale.ROOT))
                .add("version", item.version())
                .add("url", url);
        optional(json, "publishedAt", item.publishedAt());
        optional(json, "unpublishAt", item.unpublishAt());
        optional(json, "updatedAt", item.updatedAt());
        text(json, "title", item.title(), language);
        text(json, "summary", item.summary(), language);
        text(json, "body", item.body(), language);
        if (item.leadImage() != null) {
            json.add("leadImage", item.leadImage());
        }
        LegalDetails legal = item.legal();
        if (legal != null && legal.kind() != null) {
            JsonObjectBuilder details = Json.createObjectBuilder()
                    .add("number", legal.number())
                    .add("kind", legal.kind().code());
            optional(details, "issued", legal.issuedOn());
            text(details, "issuer", legal.issuer(), language);
            json.add("legal", details);
        }
        return json.build();
    }

    /** Reads a draft; a field of the wrong JSON type or a bad date refuses the whole request. */
    static ContentDraft read(JsonObject json, ContentType fixedType) {
        ContentType type = fixedType != null ? fixedType : type(string(json, "type"))
                .orElseThrow(() -> new RejectedException(Reason.INVALID, Problem.of("type", "content.type.required")));
        JsonObject legal = json.containsKey("legal") && json.get("legal") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        String kind = string(legal, "kind");
        return new ContentDraft(type, string(json, "slug") != null ? string(json, "slug") : string(json, "path"),
                json.containsKey("order") ? json.getInt("order", 0) : 0,
                localized(json, "title"), localized(json, "summary"), localized(json, "body"),
                string(json, "leadImage"), string(legal, "number"),
                kind == null ? null : LegalDocumentKind.fromCode(kind).orElseThrow(() ->
                        new RejectedException(Reason.INVALID, Problem.of("legal.kind", "content.legal.kind.required"))),
                date(legal, "issued"), localized(legal, "issuer"), instant(json, "unpublishAt"));
    }

    static Instant instant(JsonObject json, String name) {
        String value = string(json, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new RejectedException(Reason.INVALID, Problem.of(name, "content.date.invalid"));
        }
    }

    private static LocalDate date(JsonObject json, String name) {
        String value = string(json, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RejectedException(Reason.INVALID, Problem.of(name, "content.date.invalid"));
        }
    }

    static LocalizedText localized(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return LocalizedText.of(null, null);
        }
        if (!(value instanceof JsonObject texts)) {
            throw malformed(name + " must be an object with lo and en");
        }
        return LocalizedText.of(string(texts, "lo"), string(texts, "en"));
    }

    static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw malformed(name + " must be a string");
        }
        return text.getString();
    }

    static RejectedException malformed(String detail) {
        return new RejectedException(Reason.INVALID, Problem.of(null, "request.malformed", detail));
    }

    static void text(JsonObjectBuilder json, String name, LocalizedText text, Optional<Language> language) {
        if (language.isPresent()) {
            Translation translation = text.in(language.get());
            json.add(name, translation.text());
            if (translation.fallback()) {
                json.add(name + "Language", translation.language().code());
            }
            return;
        }
        JsonObjectBuilder both = Json.createObjectBuilder();
        for (Language each : Language.values()) {
            String value = text.raw(each);
            if (value == null) {
                both.addNull(each.code());
            } else {
                both.add(each.code(), value);
            }
        }
        json.add(name, both);
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
