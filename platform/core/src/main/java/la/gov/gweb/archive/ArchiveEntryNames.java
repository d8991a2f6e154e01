package la.gov.gweb.archive;

import java.util.regex.Pattern;
import la.gov.gweb.media.StorageKey;

/**
 * Decides whether an entry name may appear in a site archive. Only the names the exporter writes
 * pass: no absolute path, drive, backslash, empty, {@code .} or {@code ..} segment, and files only
 * under valid storage keys, so nothing read from an archive can land outside the site's folder.
 */
final class ArchiveEntryNames {

    private static final Pattern TABLE = Pattern.compile("db/[a-z_][a-z0-9_]{0,63}\\.jsonl");

    private ArchiveEntryNames() {
    }

    /** Refuses an unsafe or unexpected name with the name in the message. */
    static void check(String name) {
        if (!isAllowed(name)) {
            throw ArchiveRefusal.invalid("archive.unsafeName", printable(name));
        }
    }

    static boolean isAllowed(String name) {
        if (name == null || name.isEmpty() || name.length() > 400 || name.startsWith("/") || name.contains("\\")
                || name.contains(":") || name.chars().anyMatch(c -> c < 0x20)) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return name.equals(ArchiveFormat.MANIFEST) || name.equals(ArchiveFormat.MEMBERS)
                || name.equals(ArchiveFormat.SCHEDULED_CHANGES) || TABLE.matcher(name).matches()
                || name.startsWith(ArchiveFormat.FILES) && StorageKey.isValid(name.substring(ArchiveFormat.FILES.length()));
    }

    /** The table an entry holds, for a {@code db/<table>.jsonl} name. */
    static String tableOf(String name) {
        return name.substring(ArchiveFormat.TABLES.length(), name.length() - ArchiveFormat.TABLE_SUFFIX.length());
    }

    static boolean isTable(String name) {
        return TABLE.matcher(name).matches();
    }

    private static String printable(String name) {
        if (name == null) {
            return "";
        }
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 120 ? shown.substring(0, 120) + "..." : shown;
    }
}
