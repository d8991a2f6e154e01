package la.gov.gweb.content;

import java.util.Optional;

/** The kinds of content a site publishes; each but pages has its own list at a fixed URL segment. */
public enum ContentType {
    PAGE(null),
    NEWS("news"),
    ANNOUNCEMENT("announcements"),
    LEGAL_DOCUMENT("legal");

    private final String segment;

    ContentType(String segment) {
        this.segment = segment;
    }

    /** The first URL segment of this type's list and items; empty for pages, which live at their path. */
    public Optional<String> segment() {
        return Optional.ofNullable(segment);
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
