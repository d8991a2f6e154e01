package la.gov.gweb.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.LegalDocumentKind;
import la.gov.gweb.content.PagePath;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.media.StorageKey;
import la.gov.gweb.site.BrandColour;
import la.gov.gweb.site.DigitStyle;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantDefinition;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantStatus;

/**
 * Reads a site folder ({@code tenants/<slug>/}, described in {@code tenants/README.md}) into a
 * {@link SiteSeed}, checking everything before anything is stored, so that a broken folder is
 * reported whole instead of creating half a site.
 */
public final class SiteFolderReader {

    static final String TENANT_FILE = "tenant.yaml";

    private static final Map<String, ContentType> CONTENT_FOLDERS = Map.of(
            "pages", ContentType.PAGE,
            "news", ContentType.NEWS,
            "announcements", ContentType.ANNOUNCEMENT,
            "legal", ContentType.LEGAL_DOCUMENT);

    private SiteFolderReader() {
    }

    public static boolean isSiteFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(TENANT_FILE));
    }

    public static SiteSeed read(Path folder) {
        YamlDocument tenant = YamlDocument.read(folder.resolve(TENANT_FILE));
        TenantDefinition definition = definition(tenant);
        if (!definition.slug().value().equals(folder.getFileName().toString())) {
            throw new SeedException(tenant.file(), "the slug must equal the folder name '" + folder.getFileName() + "'");
        }
        YamlDocument menus = tenant.optionalMapping("menus");
        List<SiteSeed.Item> items = new ArrayList<>();
        for (Map.Entry<String, ContentType> entry : CONTENT_FOLDERS.entrySet()) {
            for (Path file : yamlFiles(folder.resolve("content").resolve(entry.getKey()))) {
                items.add(item(folder, YamlDocument.read(file), entry.getValue()));
            }
        }
        checkUnique(folder, items);
        return new SiteSeed(folder, definition, settings(folder, tenant.optionalMapping("settings")),
                menus == null ? List.of() : menu(menus.mappings("main")),
                menus == null ? List.of() : menu(menus.mappings("footer")),
                items, members(tenant));
    }

    private static TenantDefinition definition(YamlDocument tenant) {
        String slug = tenant.text("slug");
        try {
            List<HostName> hosts = tenant.texts("hosts").stream().map(HostName::of).toList();
            return new TenantDefinition(TenantSlug.of(slug), status(tenant),
                    tenant.optionalText("theme") == null ? "gweb-standard" : tenant.text("theme"),
                    tenant.requiredLocalized("names"),
                    hosts);
        } catch (IllegalArgumentException e) {
            throw new SeedException(tenant.file(), e.getMessage(), e);
        }
    }

    private static List<SiteSeed.Member> members(YamlDocument tenant) {
        List<SiteSeed.Member> members = new ArrayList<>();
        for (YamlDocument account : tenant.mappings("accounts")) {
            String role = account.text("role");
            SiteRole siteRole = Arrays.stream(SiteRole.values())
                    .filter(candidate -> candidate.group().equals(role))
                    .findFirst()
                    .orElseThrow(() -> new SeedException(tenant.file(), "'role' must be author, editor or site-admin"));
            String password = account.text("password");
            if (password.length() < 10) {
                throw new SeedException(tenant.file(), "the password of '" + account.text("username")
                        + "' needs at least 10 characters");
            }
            members.add(new SiteSeed.Member(account.text("username"), account.text("name"), siteRole, password));
        }
        return members;
    }

    private static TenantStatus status(YamlDocument tenant) {
        String status = tenant.optionalText("status");
        if (status == null) {
            return TenantStatus.ACTIVE;
        }
        for (TenantStatus candidate : TenantStatus.values()) {
            if (candidate.name().equalsIgnoreCase(status)) {
                return candidate;
            }
        }
        throw new SeedException(tenant.file(), "'status' must be active or suspended");
    }

    private static SiteSeed.Settings settings(Path folder, YamlDocument settings) {
        if (settings == null) {
            return new SiteSeed.Settings(LocalizedText.of(null, null), null, null, null, Map.of(),
                    BrandColour.DEFAULT, DigitStyle.DEFAULT);
        }
        Map<String, String> social = new LinkedHashMap<>();
        YamlDocument links = settings.optionalMapping("social");
        if (links != null) {
            for (String network : List.of("facebook", "youtube", "x", "tiktok")) {
                String url = links.optionalText(network);
                if (url != null) {
                    social.put(network, url);
                }
            }
        }
        String logo = settings.optionalText("logo");
        if (logo != null) {
            checkFile(folder, settings, logo);
        }
        return new SiteSeed.Settings(settings.localized("address"), settings.optionalText("phone"),
                settings.optionalText("email"), logo, social, colour(settings), digits(settings));
    }

    private static BrandColour colour(YamlDocument settings) {
        String code = settings.optionalText("colour");
        if (code == null) {
            return BrandColour.DEFAULT;
        }
        return BrandColour.fromCode(code).orElseThrow(() -> new SeedException(settings.file(),
                "'colour' must be one of the G-Web palette: " + Arrays.stream(BrandColour.values())
                        .map(BrandColour::code).collect(Collectors.joining(", "))));
    }

    private static DigitStyle digits(YamlDocument settings) {
        String code = settings.optionalText("digits");
        if (code == null) {
            return DigitStyle.DEFAULT;
        }
        return DigitStyle.fromCode(code).orElseThrow(() -> new SeedException(settings.file(),
                "'digits' must be ascii or lao"));
    }

    private static List<SiteSeed.Menu> menu(List<YamlDocument> entries) {
        return entries.stream()
                .map(entry -> new SiteSeed.Menu(entry.requiredLocalized("label"), entry.text("link"),
                        menu(entry.mappings("children"))))
                .toList();
    }

    private static SiteSeed.Item item(Path folder, YamlDocument doc, ContentType type) {
        String slug = type == ContentType.PAGE ? doc.text("path") : doc.text("slug");
        boolean valid = type == ContentType.PAGE ? PagePath.isValid(slug) : PagePath.isValidSlug(slug);
        if (!valid) {
            throw new SeedException(doc.file(), "'" + slug + "' is not a valid "
                    + (type == ContentType.PAGE ? "page path" : "slug") + " (lower-case a-z, 0-9 and hyphens)");
        }
        String status = doc.optionalText("status");
        ContentStatus contentStatus;
        try {
            contentStatus = status == null ? ContentStatus.PUBLISHED
                    : ContentStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SeedException(doc.file(), "'status' must be published or draft");
        }
        String image = doc.optionalText("image");
        if (image != null) {
            checkFile(folder, doc, image);
        }
        List<SiteSeed.AttachmentFile> attachments = new ArrayList<>();
        for (YamlDocument attachment : doc.mappings("attachments")) {
            String file = attachment.text("file");
            checkFile(folder, attachment, file);
            attachments.add(new SiteSeed.AttachmentFile(file, attachment.localized("title")));
        }
        return new SiteSeed.Item(doc.file(), type, slug, doc.integer("order", 0), contentStatus,
                doc.optionalMoment("date"), doc.requiredLocalized("title"), doc.localized("summary"),
                doc.localized("body"), image, type == ContentType.LEGAL_DOCUMENT ? legal(doc) : null, attachments);
    }

    private static SiteSeed.Legal legal(YamlDocument doc) {
        String kind = doc.text("kind");
        return new SiteSeed.Legal(doc.text("number"),
                LegalDocumentKind.fromCode(kind).orElseThrow(() -> new SeedException(doc.file(),
                        "'kind' must be one of law, decree, decision, instruction, notice")),
                doc.optionalDate("issued"), doc.localized("issuer"));
    }

    private static void checkFile(Path folder, YamlDocument doc, String relative) {
        if (!StorageKey.isValid(relative) || !Files.isRegularFile(folder.resolve(relative))) {
            throw new SeedException(doc.file(), "the file '" + relative + "' is missing or has an invalid name");
        }
    }

    private static void checkUnique(Path folder, List<SiteSeed.Item> items) {
        Map<String, Path> seen = new LinkedHashMap<>();
        for (SiteSeed.Item item : items) {
            Path earlier = seen.putIfAbsent(item.type() + "/" + item.slug(), item.source());
            if (earlier != null) {
                throw new SeedException(item.source(), "'" + item.slug() + "' is also used by " + earlier);
            }
        }
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
