package la.gov.gweb.platform;

import java.time.Instant;

/**
 * What a site holds, as last measured: content items (and how many are published), bytes of its
 * folder (files and search index), the newest publish, and its search index.
 */
public record SiteFigures(long items, long published, long storageBytes, Instant lastPublish, int indexDocuments,
                          boolean indexNeedsRebuild, Instant measuredAt) {
}
