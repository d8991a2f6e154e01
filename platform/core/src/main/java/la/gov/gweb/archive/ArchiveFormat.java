package la.gov.gweb.archive;

/**
 * The layout of a site archive, format {@value #VERSION}. A ZIP with:
 * <ul>
 * <li>{@code manifest.json}: {@code format}, {@code platform}, {@code exportedAt}, the site
 * ({@code slug}, {@code names}, {@code hosts}, {@code theme}, {@code status}), the site schema's
 * migration {@code schemaVersion}, {@code counts} (rows per table, files) and {@code entries}: the
 * SHA-256 and size of every other entry, so that a missing, extra or changed entry is refused;</li>
 * <li>{@code db/<table>.jsonl}: every table of the site's schema, one JSON object per row keyed by
 * column name (dates as ISO-8601 text, Flyway's history left out), so a table a later migration
 * adds is archived without a mapper of its own;</li>
 * <li>{@code platform/members.jsonl} ({@code username}, {@code role}) and
 * {@code platform/scheduled_changes.jsonl}: the site's rows in the platform schema;</li>
 * <li>{@code files/<storage key>}: the site's stored files, image variants included.</li>
 * </ul>
 * The search index is not archived: an import rebuilds it.
 */
public final class ArchiveFormat {

    /** Raised when the layout changes in a way that older platforms cannot read. */
    public static final int VERSION = 1;

    static final String MANIFEST = "manifest.json";
    static final String TABLES = "db/";
    static final String TABLE_SUFFIX = ".jsonl";
    static final String FILES = "files/";
    static final String MEMBERS = "platform/members.jsonl";
    static final String SCHEDULED_CHANGES = "platform/scheduled_changes.jsonl";

    private ArchiveFormat() {
    }

    static String tableEntry(String table) {
        return TABLES + table + TABLE_SUFFIX;
    }
}
