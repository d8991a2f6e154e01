package la.gov.gweb.archive;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Rows as JSON lines, one object per row keyed by lower-case column name, written and read one
 * row at a time so that a table of any size streams through. A line longer than the limit is
 * refused instead of filling the memory.
 */
final class JsonLines {

    /** Above the largest MEDIUMTEXT (16 MB) written as escaped JSON. */
    static final int MAX_LINE_CHARS = 100 * 1024 * 1024;

    private JsonLines() {
    }

    /** Writes every row, leaving out the named columns; returns the number of rows. */
    static long write(ResultSet rows, Set<String> leftOut, OutputStream out) throws SQLException {
        ResultSetMetaData columns = rows.getMetaData();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long count = 0;
        try {
            while (rows.next()) {
                JsonObjectBuilder row = Json.createObjectBuilder();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String name = columns.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    if (!leftOut.contains(name)) {
                        row.add(name, ColumnValues.read(rows, i, columns.getColumnType(i)));
                    }
                }
                writer.write(row.build().toString());
                writer.write('\n');
                count++;
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** Hands every row to {@code each}; a line that is not a JSON object refuses the archive. */
    static void read(InputStream in, String entry, Consumer<JsonObject> each) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder();
        long number = 0;
        for (int c = reader.read(); ; c = reader.read()) {
            if (c == '\n' || c < 0) {
                if (!line.isEmpty()) {
                    number++;
                    each.accept(parse(line.toString(), entry, number));
                    line.setLength(0);
                }
                if (c < 0) {
                    return;
                }
            } else {
                if (line.length() >= MAX_LINE_CHARS) {
                    throw ArchiveRefusal.invalid("archive.badRow", entry, number + 1);
                }
                line.append((char) c);
            }
        }
    }

    private static JsonObject parse(String line, String entry, long number) {
        try {
            return Json.createReader(new StringReader(line)).readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw ArchiveRefusal.invalid("archive.badRow", entry, number);
        }
    }
}
