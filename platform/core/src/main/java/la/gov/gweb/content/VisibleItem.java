package la.gov.gweb.content;

import java.time.Instant;

/**
 * What a sitemap needs of a visible item: where it is read, in which languages it was written,
 * and when it last changed; read without its text.
 */
public record VisibleItem(ContentType type, String slug, String titleLo, String titleEn, Instant updatedAt) {

    /** Where the item is read, before any language prefix. */
    public String sitePath() {
        return type.sitePath(slug);
    }

    public boolean hasLao() {
        return titleLo != null;
    }

    public boolean hasEnglish() {
        return titleEn != null;
    }
}
