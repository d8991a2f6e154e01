package la.gov.gweb.platform;

import java.time.Instant;

/**
 * What a site holds, as last measured: content items (and how many are published), bytes of its
 * folder (files and search index), the newest publish, and its search index. A site whose store
 * could not be read counts no items and says so, so that one broken site never hides the others.
 */
public record SiteFigures(long items, long published, long storageBytes, Instant lastPublish, int indexDocuments,
                          boolean indexNeedsRebuild, boolean storeReadable, Instant measuredAt) {
}
