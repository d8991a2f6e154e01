package la.gov.gweb.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantStatus;
import org.junit.jupiter.api.Test;

class ArchiveManifestTest {

    static final String HASH = "a".repeat(64);

    static ArchiveManifest sample() {
        return new ArchiveManifest(ArchiveFormat.VERSION, "G-Web test", Instant.parse("2026-11-22T10:15:30Z"),
                new ArchiveManifest.Site(TenantSlug.of("mtc"), LocalizedText.of("ກະຊວງ", "Ministry"),
                        List.of(HostName.of("mtc.localhost"), HostName.of("www.mtc.localhost")), "gweb-standard",
                        TenantStatus.ACTIVE),
                "4", Map.of("db/content_item.jsonl", 30L, "files", 1L),
                Map.of("db/content_item.jsonl", new ArchiveManifest.Entry(HASH, 1234),
                        "files/media/logo.svg", new ArchiveManifest.Entry(HASH, 99)));
    }

    @Test
    void aManifestReadsBackAsWritten() {
        ArchiveManifest manifest = sample();
        assertEquals(manifest, ArchiveManifest.parse(manifest.toJson()));
    }

    @Test
    void aNewerFormatIsRefusedAsNewerWhateverElseItHolds() {
        RejectedException refused = assertThrows(RejectedException.class,
                () -> ArchiveManifest.parse("{\"format\": 2, \"whatever\": \"a layout we do not know\"}"));
        assertEquals("archive.newer", refused.problems().get(0).key());
        assertEquals(List.of(2, ArchiveFormat.VERSION), refused.problems().get(0).arguments());
    }

    @Test
    void malformedManifestsAreRefusedAsSuch() {
        JsonObject good = Json.createReader(new StringReader(sample().toJson())).readObject();
        for (String bad : new String[] {"", "[]", "not json", "{}", "{\"format\": \"1\"}", "{\"format\": 0}",
                "{\"format\": 1.5}",
                Json.createObjectBuilder(good).remove("site").build().toString(),
                Json.createObjectBuilder(good).add("exportedAt", "yesterday").build().toString(),
                Json.createObjectBuilder(good).add("site", Json.createObjectBuilder(good.getJsonObject("site"))
                        .add("slug", "../mtc")).build().toString(),
                Json.createObjectBuilder(good).add("site", Json.createObjectBuilder(good.getJsonObject("site"))
                        .add("status", "DELETED")).build().toString(),
                Json.createObjectBuilder(good).add("entries", Json.createObjectBuilder()
                        .add("files/media/a.jpg", Json.createObjectBuilder().add("sha256", "xyz").add("bytes", 1)))
                        .build().toString(),
                Json.createObjectBuilder(good).add("entries", Json.createObjectBuilder()
                        .add("files/media/a.jpg", Json.createObjectBuilder().add("sha256", HASH).add("bytes", -1)))
                        .build().toString(),
                Json.createObjectBuilder(good).add("entries", Json.createObjectBuilder()
                        .add("manifest.json", Json.createObjectBuilder().add("sha256", HASH).add("bytes", 1)))
                        .build().toString()}) {
            RejectedException refused = assertThrows(RejectedException.class, () -> ArchiveManifest.parse(bad), bad);
            assertEquals("archive.manifest", refused.problems().get(0).key(), bad);
        }
    }

    @Test
    void anUnsafeEntryNameInTheManifestIsRefusedByName() {
        JsonObject good = Json.createReader(new StringReader(sample().toJson())).readObject();
        String bad = Json.createObjectBuilder(good).add("entries", Json.createObjectBuilder()
                .add("files/../../x", Json.createObjectBuilder().add("sha256", HASH).add("bytes", 1))).build().toString();
        RejectedException refused = assertThrows(RejectedException.class, () -> ArchiveManifest.parse(bad));
        assertEquals("archive.unsafeName", refused.problems().get(0).key());
    }
}
