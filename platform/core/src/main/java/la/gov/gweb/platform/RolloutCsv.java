package la.gov.gweb.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSlug;

/**
 * Reads a roll-out file: UTF-8 CSV (a byte order mark is allowed) with a header row naming the
 * columns below, one site per line. A file in another encoding (UTF-16, Windows-1252) is refused
 * as a whole with the line where it shows; each row is checked on its own and against the rows
 * above it (a slug or host name twice, differing only in case or not), so one broken row never
 * hides the others.
 */
public final class RolloutCsv {

    public static final List<String> COLUMNS = List.of("slug", "name_lo", "name_en", "hosts", "theme", "template",
            "colour", "admin_username", "admin_name", "admin_email");

    static final int MAX_ROWS = 1_000;
    private static final int MAX_BYTES = 2_000_000;

    private RolloutCsv() {
    }

    /** The rows of the file in order; refused as a whole when it cannot be read as a roll-out file. */
    public static List<RolloutRow> read(byte[] content) {
        List<List<String>> records = CsvRecords.parse(decode(content));
        if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
            throw refused("rollout.empty");
        }
        List<String> header = records.get(0).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(COLUMNS)) {
            throw refused("rollout.header", String.join(",", COLUMNS));
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw refused("rollout.tooMany", MAX_ROWS);
        }
        Map<String, Integer> slugs = new HashMap<>();
        Map<String, Integer> hosts = new HashMap<>();
        List<RolloutRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(row(i + 1, cells, slugs, hosts));
        }
        if (rows.isEmpty()) {
            throw refused("rollout.empty");
        }
        return rows;
    }

    private static RolloutRow row(int line, List<String> cells, Map<String, Integer> slugs, Map<String, Integer> hosts) {
        List<Problem> problems = new ArrayList<>();
        if (cells.size() != COLUMNS.size()) {
            problems.add(Problem.of(null, "rollout.row.columns", cells.size(), COLUMNS.size()));
        }
        String[] v = new String[COLUMNS.size()];
        for (int c = 0; c < v.length; c++) {
            v[c] = c < cells.size() ? cells.get(c).strip() : "";
        }
        String slug = v[0].toLowerCase(Locale.ROOT);
        if (!TenantSlug.isValid(slug)) {
            problems.add(Problem.of("slug", "rollout.row.slug", v[0]));
        } else if (slugs.putIfAbsent(slug, line) != null) {
            problems.add(Problem.of("slug", "rollout.row.slugTwice", v[0], slugs.get(slug)));
        }
        if (v[1].isEmpty() || v[2].isEmpty()) {
            problems.add(Problem.of("names", "rollout.row.names"));
        }
        List<String> hostNames = v[3].isEmpty() ? List.of() : Arrays.asList(v[3].split("\\s+"));
        if (hostNames.isEmpty()) {
            problems.add(Problem.of("hosts", "rollout.row.noHost"));
        }
        for (String host : hostNames) {
            String canonical = canonicalHost(host);
            if (canonical == null) {
                problems.add(Problem.of("hosts", "rollout.row.host", host));
            } else if (hosts.putIfAbsent(canonical, line) != null) {
                problems.add(Problem.of("hosts", "rollout.row.hostTwice", host, hosts.get(canonical)));
            }
        }
        if (v[7].isEmpty()) {
            problems.add(Problem.of("admin_username", "rollout.row.admin"));
        }
        return new RolloutRow(line, slug, v[1], v[2], hostNames, v[4], v[5], v[6], v[7], v[8], v[9], problems);
    }

    private static String canonicalHost(String host) {
        try {
            return HostName.of(host).value();
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    /** Strict UTF-8: a byte that is not UTF-8 names the line it is on instead of turning into a replacement mark. */
    private static String decode(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw refused("rollout.tooLarge", MAX_BYTES / 1_000_000);
        }
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)) || hasNul(content)) {
            throw refused("rollout.encoding.utf16");
        }
        int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused("rollout.encoding.notUtf8", firstBadLine(content, start));
        }
    }

    private static boolean hasNul(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static int firstBadLine(byte[] content, int start) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < content.length; i++) {
            if (content[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    private static RejectedException refused(String key, Object... arguments) {
        return new RejectedException(Reason.INVALID, Problem.of("file", key, arguments));
    }
}
