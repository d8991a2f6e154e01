package la.gov.gweb.archive;

import la.gov.gweb.media.OfficeArchiveCheck;

/**
 * Bounds on an archive offered for import, checked before anything is created: what is received,
 * how many entries it lists and how far they expand, so a forged archive cannot fill the disk.
 * An entry may expand as far as an uploaded office document may ({@link OfficeArchiveCheck}).
 */
public record ArchiveLimits(long maxArchiveBytes, int maxEntries, long maxExpandedBytes) {

    /** Sites of several GB of media fit; more is an operator's job with the database tools. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(4L << 30, 200_000, 16L << 30);

    /** The most an entry of {@code compressedSize} bytes may expand to. */
    long maxEntryBytes(long compressedSize) {
        return Math.max(OfficeArchiveCheck.FREE_BYTES, compressedSize * OfficeArchiveCheck.MAX_RATIO);
    }
}
