package la.gov.gweb.seed;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import la.gov.gweb.i18n.LocalizedDates;
import la.gov.gweb.i18n.LocalizedText;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML mapping from a site folder, with typed accessors that name the file and the key in
 * every error. Dates are read as text and parsed here (not by YAML's timestamp rule, which
 * would shift them to UTC); times without a zone are Vientiane time.
 */
final class YamlDocument {

    private final Path file;
    private final Map<?, ?> values;

    private YamlDocument(Path file, Map<?, ?> values) {
        this.file = file;
        this.values = values;
    }

    static YamlDocument read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = yaml().load(reader);
            if (!(root instanceof Map<?, ?> map)) {
                throw new SeedException(file, "expected a YAML mapping at the top");
            }
            return new YamlDocument(file, map);
        } catch (IOException | YAMLException e) {
            throw new SeedException(file, "cannot be read as UTF-8 YAML: " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    String text(String key) {
        String value = optionalText(key);
        if (value == null) {
            throw new SeedException(file, "'" + key + "' is required");
        }
        return value;
    }

    String optionalText(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw new SeedException(file, "'" + key + "' must be a single value");
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    int integer(String key, int fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer number) {
            return number;
        }
        throw new SeedException(file, "'" + key + "' must be a whole number");
    }

    LocalizedText localized(String key) {
        YamlDocument nested = optionalMapping(key);
        return nested == null ? LocalizedText.of(null, null)
                : LocalizedText.of(nested.optionalText("lo"), nested.optionalText("en"));
    }

    LocalizedText requiredLocalized(String key) {
        LocalizedText text = localized(key);
        if (text.isEmpty()) {
            throw new SeedException(file, "'" + key + "' needs a text in lo or en");
        }
        return text;
    }

    YamlDocument optionalMapping(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new SeedException(file, "'" + key + "' must be a mapping");
        }
        return new YamlDocument(file, map);
    }

    List<YamlDocument> mappings(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new SeedException(file, "'" + key + "' must be a list");
        }
        return list.stream().map(element -> {
            if (!(element instanceof Map<?, ?> map)) {
                throw new SeedException(file, "every entry of '" + key + "' must be a mapping");
            }
            return new YamlDocument(file, map);
        }).toList();
    }

    List<String> texts(String key) {
        Object value = values.get(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new SeedException(file, "'" + key + "' must be a non-empty list");
        }
        if (list.stream().anyMatch(element -> element == null || element.toString().isBlank())) {
            throw new SeedException(file, "'" + key + "' has an empty entry");
        }
        return list.stream().map(String::valueOf).map(String::strip).toList();
    }

    LocalDate optionalDate(String key) {
        String value = optionalText(key);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new SeedException(file, "'" + key + "' must be a date such as 2026-03-14");
        }
    }

    /** A date ({@code 2026-03-14}) or date and time ({@code 2026-03-14T09:30}), Vientiane time. */
    Instant optionalMoment(String key) {
        String value = optionalText(key);
        if (value == null) {
            return null;
        }
        try {
            LocalDateTime local = value.contains("T")
                    ? LocalDateTime.parse(value)
                    : LocalDate.parse(value).atTime(8, 0);
            return local.atZone(LocalizedDates.VIENTIANE).toInstant();
        } catch (DateTimeParseException e) {
            throw new SeedException(file, "'" + key + "' must be a date such as 2026-03-14 or 2026-03-14T09:30");
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
                new TextTimestampResolver());
    }

    /** YAML's resolver without the timestamp rule, so dates stay text until parsed above. */
    private static final class TextTimestampResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }
}
