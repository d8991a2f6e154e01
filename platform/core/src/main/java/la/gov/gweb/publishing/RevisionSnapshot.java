package la.gov.gweb.publishing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.LegalDetails;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.i18n.LocalizedText;

/**
 * The editable fields of an item at one revision, stored as JSON so that later schema changes
 * do not break old revisions. {@link #fields()} gives them in a fixed order for diffs.
 */
public record RevisionSnapshot(Map<String, String> fields) {

    public RevisionSnapshot {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static RevisionSnapshot of(ContentItem item) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", item.slug());
        fields.put("title.lo", item.title().lo());
        fields.put("title.en", item.title().en());
        fields.put("summary.lo", item.summary().lo());
        fields.put("summary.en", item.summary().en());
        fields.put("body.lo", item.body().lo());
        fields.put("body.en", item.body().en());
        fields.put("leadImage", item.leadImage());
        LegalDetails legal = item.legal();
        if (legal != null && legal.kind() != null) {
            fields.put("legal.number", legal.number());
            fields.put("legal.kind", legal.kind().code());
            fields.put("legal.issued", legal.issuedOn() == null ? null : legal.issuedOn().toString());
            fields.put("legal.issuer.lo", legal.issuer().lo());
            fields.put("legal.issuer.en", legal.issuer().en());
        }
        fields.put("publishedAt", item.publishedAt() == null ? null : item.publishedAt().toString());
        fields.put("unpublishAt", item.unpublishAt() == null ? null : item.unpublishAt().toString());
        return new RevisionSnapshot(fields);
    }

    String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value == null) {
                json.addNull(name);
            } else {
                json.add(name, value);
            }
        });
        return json.build().toString();
    }

    static RevisionSnapshot fromJson(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        Map<String, String> fields = new LinkedHashMap<>();
        json.forEach((name, value) -> fields.put(name, json.isNull(name) ? null : json.getString(name)));
        return new RevisionSnapshot(fields);
    }

    /** The draft this snapshot describes, for restoring it through the normal save path. */
    ContentDraft toDraft(ContentItem item) {
        String kind = fields.get("legal.kind");
        String issued = fields.get("legal.issued");
        String unpublish = fields.get("unpublishAt");
        return new ContentDraft(item.type(), fields.get("slug"), item.sortOrder(),
                LocalizedText.of(fields.get("title.lo"), fields.get("title.en")),
                LocalizedText.of(fields.get("summary.lo"), fields.get("summary.en")),
                LocalizedText.of(fields.get("body.lo"), fields.get("body.en")),
                fields.get("leadImage"), fields.get("legal.number"),
                kind == null ? null : LegalDocumentKind.fromCode(kind).orElse(null),
                issued == null ? null : LocalDate.parse(issued),
                LocalizedText.of(fields.get("legal.issuer.lo"), fields.get("legal.issuer.en")),
                unpublish == null ? null : Instant.parse(unpublish));
    }
}
