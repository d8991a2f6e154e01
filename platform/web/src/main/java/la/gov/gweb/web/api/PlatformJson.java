package la.gov.gweb.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.platform.NewSite;
import la.gov.gweb.platform.PageText;
import la.gov.gweb.platform.SiteChange;
import la.gov.gweb.platform.SiteOverview;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.TenantSnapshot;

/** The JSON of the platform API: sites as the platform admin sees them, and the requests that make and change them. */
final class PlatformJson {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    private PlatformJson() {
    }

    static NewSite newSite(JsonObject json) {
        JsonObject brand = object(json, "brand");
        JsonObject admin = object(json, "admin");
        return new NewSite(ContentJson.string(json, "slug"), names(json), hosts(json),
                ContentJson.string(json, "theme"), ContentJson.string(json, "template"),
                brand == null ? null : ContentJson.string(brand, "colour"),
                admin == null ? null : new NewSite.Admin(ContentJson.string(admin, "username"),
                        ContentJson.string(admin, "name"), ContentJson.string(admin, "email"),
                        ContentJson.string(admin, "password")),
                brand == null ? null : logo(brand));
    }

    /**
     * {@code brand.logo}: {@code {"fileName", "data"}} with the file's bytes in base64, line breaks
     * allowed (as {@code base64} writes them). What the bytes are is the media library's to judge;
     * here only base64 that does not decode is refused.
     */
    static NewSite.Logo logo(JsonObject brand) {
        JsonObject logo = object(brand, "logo");
        if (logo == null) {
            return null;
        }
        String data = ContentJson.string(logo, "data");
        byte[] bytes;
        try {
            bytes = data == null ? new byte[0] : Base64.getDecoder().decode(LINE_BREAKS.matcher(data).replaceAll(""));
        } catch (IllegalArgumentException notBase64) {
            throw new RejectedException(Reason.INVALID, Problem.of("brand.logo", "site.logo.base64"));
        }
        return new NewSite.Logo(ContentJson.string(logo, "fileName"), bytes.length, new ByteArrayInputStream(bytes));
    }

    static SiteChange change(JsonObject json) {
        return new SiteChange(ContentJson.string(json, "status"), json.containsKey("names") ? names(json) : null,
                json.containsKey("hosts") ? hosts(json) : null, ContentJson.string(json, "theme"));
    }

    static PageText pageText(JsonObject json) {
        return new PageText(ContentJson.localized(json, "title"), ContentJson.localized(json, "summary"),
                ContentJson.localized(json, "body"));
    }

    static JsonObjectBuilder site(SiteOverview overview) {
        TenantSnapshot site = overview.site();
        JsonObjectBuilder counts = Json.createObjectBuilder();
        for (ContentType type : ContentType.values()) {
            counts.add(type.code(), overview.contentCounts().getOrDefault(type, 0L));
        }
        JsonArrayBuilder hosts = Json.createArrayBuilder();
        site.hosts().forEach(host -> hosts.add(host.value()));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("slug", site.slug().value())
                .add("names", Json.createObjectBuilder().add("lo", site.names().lo()).add("en", site.names().en()))
                .add("hosts", hosts)
                .add("status", site.status().name().toLowerCase(Locale.ROOT))
                .add("theme", site.theme())
                .add("contentCounts", counts);
        json.add("template", site.template() == null ? JsonValue.NULL : Json.createValue(site.template()));
        json.add("lastPublished", overview.lastPublished().<JsonValue>map(at -> Json.createValue(at.toString()))
                .orElse(JsonValue.NULL));
        return json;
    }

    static JsonObject text(PageText text) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        ContentJson.text(json, "title", text.title(), Optional.empty());
        ContentJson.text(json, "summary", text.summary(), Optional.empty());
        ContentJson.text(json, "body", text.body(), Optional.empty());
        return json.build();
    }

    private static LocalizedText names(JsonObject json) {
        LocalizedText names = ContentJson.localized(json, "names");
        return names.lo() == null && names.en() == null ? null : names;
    }

    private static List<String> hosts(JsonObject json) {
        JsonValue value = json.get("hosts");
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.stream().anyMatch(entry -> !(entry instanceof JsonString))) {
            throw ContentJson.malformed("hosts must be a list of host names");
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject object(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw ContentJson.malformed(name + " must be an object");
        }
        return object;
    }
}
