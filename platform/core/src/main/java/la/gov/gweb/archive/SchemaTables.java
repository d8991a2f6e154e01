package la.gov.gweb.archive;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables of one site schema as the database describes them, read the same way on MySQL,
 * MariaDB and H2: names in an order where every table comes after the tables it refers to, each
 * with its primary key and the columns that refer to the table itself (menu items to parents).
 */
final class SchemaTables {

    /** Flyway's own bookkeeping; the importing platform's migrations write it anew. */
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** A table's single-column primary key and its columns that refer to that key. */
    record Table(String name, String primaryKey, Set<String> selfReferences) {
    }

    private SchemaTables() {
    }

    /** Every table of the schema, referenced tables first. */
    static List<Table> of(Connection connection, String schema) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1).toLowerCase(Locale.ROOT);
                    if (!name.equals(FLYWAY_HISTORY)) {
                        names.add(name);
                    }
                }
            }
        }
        DatabaseMetaData metadata = connection.getMetaData();
        boolean catalogIsSchema = isMySql(connection);
        Map<String, Set<String>> referenced = new LinkedHashMap<>();
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : names) {
            Set<String> parents = new LinkedHashSet<>();
            Set<String> selfReferences = new LinkedHashSet<>();
            try (ResultSet keys = metadata.getImportedKeys(catalogIsSchema ? schema : null,
                    catalogIsSchema ? null : schema, name)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (parent.equals(name)) {
                        selfReferences.add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    } else {
                        parents.add(parent);
                    }
                }
            }
            referenced.put(name, parents);
            tables.put(name, new Table(name, primaryKey(metadata, catalogIsSchema, schema, name), selfReferences));
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < names.size()) {
            boolean progress = false;
            for (String name : names) {
                if (!placed.contains(name) && placed.containsAll(referenced.get(name))) {
                    placed.add(name);
                    ordered.add(tables.get(name));
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("Tables of " + schema + " refer to each other in a cycle");
            }
        }
        return ordered;
    }

    static boolean isMySql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }

    /** Schema and table names come from the database or from checked archive names; quoted anyway. */
    static String qualified(String schema, String table) {
        if (!schema.matches("[a-z][a-z0-9_]{1,63}") || !table.matches("[a-z_][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Not a table name: " + schema + "." + table);
        }
        return schema + "." + table;
    }

    private static String primaryKey(DatabaseMetaData metadata, boolean catalogIsSchema, String schema, String table)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet keys = metadata.getPrimaryKeys(catalogIsSchema ? schema : null, catalogIsSchema ? null : schema,
                table)) {
            while (keys.next()) {
                columns.add(keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns.size() == 1 ? columns.get(0) : null;
    }
}
