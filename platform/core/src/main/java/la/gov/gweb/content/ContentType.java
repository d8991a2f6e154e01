package la.gov.gweb.content;

import java.util.Locale;
import java.util.Optional;

/** The kinds of content a site publishes; each but pages has its own list at a fixed URL segment. */
public enum ContentType {
    PAGE("page", null),
    NEWS("news", "news"),
    ANNOUNCEMENT("announcement", "announcements"),
    LEGAL_DOCUMENT("legal", "legal");

    private final String code;
    private final String segment;

    ContentType(String code, String segment) {
        this.code = code;
        this.segment = segment;
    }

    /** The name of the type in the API, the search index and filters: {@code page}, {@code news}, ... */
    public String code() {
        return code;
    }

    /** The type of a {@link #code()} or URL segment, in any case; empty for anything else. */
    public static Optional<ContentType> fromCode(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (ContentType type : values()) {
            if (type.code.equals(lower) || lower.equals(type.segment)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The first URL segment of this type's list and items; empty for pages, which live at their path. */
    public Optional<String> segment() {
        return Optional.ofNullable(segment);
    }

    /** Where an item of this type is read, before any language prefix: {@code /news/slug}, {@code /about}. */
    public String sitePath(String slug) {
        return segment == null ? "/" + slug : "/" + segment + "/" + slug;
    }

    public static Optional<ContentType> fromSegment(String segment) {
        for (ContentType type : values()) {
            if (type.segment != null && type.segment.equals(segment)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
