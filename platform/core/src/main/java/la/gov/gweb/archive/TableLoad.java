package la.gov.gweb.archive;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Inserts archived rows into one table in batches, typed by the target table's own columns. A
 * column the target does not have means the archive comes from a newer schema and is refused.
 * Columns that refer to the same table are set after all rows are in, so row order never matters.
 */
final class TableLoad implements AutoCloseable {

    private static final int BATCH = 500;

    private final Connection connection;
    private final String table;
    private final String entry;
    private final SchemaTables.Table shape;
    private final Map<String, String> fixed;
    private final Map<String, Integer> targetTypes = new HashMap<>();
    private final List<Object[]> deferred = new ArrayList<>();
    private List<String> columns;
    private PreparedStatement insert;
    private long rows;
    private int pending;

    /**
     * @param table  the qualified table name
     * @param shape  its primary key and self-references ({@code null} for none)
     * @param fixed  columns set to the same text in every row, such as the new site's slug
     */
    TableLoad(Connection connection, String table, String entry, SchemaTables.Table shape, Map<String, String> fixed)
            throws SQLException {
        this.connection = connection;
        this.table = table;
        this.entry = entry;
        this.shape = shape;
        this.fixed = fixed;
        try (Statement statement = connection.createStatement();
             ResultSet none = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData metadata = none.getMetaData();
            for (int i = 1; i <= metadata.getColumnCount(); i++) {
                targetTypes.put(metadata.getColumnLabel(i).toLowerCase(Locale.ROOT), metadata.getColumnType(i));
            }
        }
    }

    void add(JsonObject row) throws SQLException {
        if (columns == null) {
            prepare(row);
        }
        if (row.size() != columns.size() || !row.keySet().containsAll(columns)) {
            throw ArchiveRefusal.invalid("archive.badRow", entry, rows + 1);
        }
        try {
            int parameter = 1;
            for (String column : columns) {
                JsonValue value = row.get(column);
                if (selfReferences().contains(column) && value.getValueType() != JsonValue.ValueType.NULL) {
                    deferred.add(new Object[] {column, row.get(shape.primaryKey()), value});
                    value = JsonValue.NULL;
                }
                ColumnValues.bind(insert, parameter++, targetTypes.get(column), value);
            }
            for (String value : fixed.values()) {
                insert.setString(parameter++, value);
            }
        } catch (ClassCastException | ArithmeticException | DateTimeException wrongKind) {
            throw ArchiveRefusal.invalid("archive.badRow", entry, rows + 1);
        }
        insert.addBatch();
        rows++;
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /** Writes what is left and the deferred self-references; returns the rows inserted. */
    long finish() throws SQLException {
        if (insert == null) {
            return 0;
        }
        if (pending > 0) {
            insert.executeBatch();
        }
        for (Object[] reference : deferred) {
            String column = (String) reference[0];
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET " + column + " = ? WHERE " + shape.primaryKey() + " = ?")) {
                ColumnValues.bind(update, 1, targetTypes.get(column), (JsonValue) reference[2]);
                ColumnValues.bind(update, 2, targetTypes.get(shape.primaryKey()), (JsonValue) reference[1]);
                update.executeUpdate();
            }
        }
        return rows;
    }

    private void prepare(JsonObject first) throws SQLException {
        columns = List.copyOf(first.keySet());
        for (String column : columns) {
            if (!targetTypes.containsKey(column) || fixed.containsKey(column)) {
                throw ArchiveRefusal.invalid("archive.newerSchema", entry, column);
            }
        }
        if (!selfReferences().isEmpty() && (shape.primaryKey() == null || !columns.contains(shape.primaryKey()))) {
            throw ArchiveRefusal.invalid("archive.badRow", entry, 1);
        }
        List<String> all = new ArrayList<>(columns);
        all.addAll(fixed.keySet());
        insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES ("
                + all.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
    }

    private Set<String> selfReferences() {
        return shape == null ? Set.of() : shape.selfReferences();
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }
}
