package la.gov.gweb.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A site archive opened in the test, to read it and to build altered copies of it. */
final class ArchiveBytes {

    private ArchiveBytes() {
    }

    /** The entries of an archive in order, by name. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static JsonObject manifest(Map<String, byte[]> entries) {
        return Json.createReader(new StringReader(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)))
                .readObject();
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entries with a manifest field replaced. */
    static Map<String, byte[]> withManifestField(Map<String, byte[]> entries, String field, JsonObjectBuilder value) {
        return withManifest(entries, Json.createObjectBuilder(manifest(entries)).add(field, value));
    }

    static Map<String, byte[]> withManifest(Map<String, byte[]> entries, JsonObjectBuilder manifest) {
        Map<String, byte[]> altered = new LinkedHashMap<>(entries);
        altered.put("manifest.json", manifest.build().toString().getBytes(StandardCharsets.UTF_8));
        return altered;
    }

    /** The entries with one entry's content replaced and its hash and size in the manifest to match. */
    static Map<String, byte[]> withEntryResigned(Map<String, byte[]> entries, String name, byte[] content) {
        Map<String, byte[]> altered = new LinkedHashMap<>(entries);
        altered.put(name, content);
        JsonObject manifest = manifest(entries);
        JsonObjectBuilder listed = Json.createObjectBuilder(manifest.getJsonObject("entries"))
                .add(name, Json.createObjectBuilder().add("sha256", sha256(content)).add("bytes", content.length));
        return withManifest(altered, Json.createObjectBuilder(manifest).add("entries", listed));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces every occurrence of a byte sequence by another of the same length, in local and central headers alike. */
    static byte[] patched(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        if (a.length != b.length) {
            throw new IllegalArgumentException("same length only");
        }
        byte[] copy = zip.clone();
        int found = 0;
        outer:
        for (int i = 0; i <= copy.length - a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (copy[i + j] != a[j]) {
                    continue outer;
                }
            }
            System.arraycopy(b, 0, copy, i, b.length);
            found++;
        }
        if (found == 0) {
            throw new IllegalArgumentException(from + " not in the archive");
        }
        return copy;
    }
}
