package la.gov.gweb.archive;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Turns column values into JSON and back by the column's SQL type, so that an archive written on
 * one database reads on another: numbers as numbers, booleans as booleans (MySQL reports its
 * {@code BOOLEAN} as {@code BIT}), dates and times as ISO-8601 text without a zone, text as text.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    static JsonValue read(ResultSet row, int column, int sqlType) throws SQLException {
        JsonValue value = switch (sqlType) {
            case Types.BIT, Types.BOOLEAN -> row.getBoolean(column) ? JsonValue.TRUE : JsonValue.FALSE;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Json.createValue(row.getLong(column));
            case Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                BigDecimal number = row.getBigDecimal(column);
                yield number == null ? JsonValue.NULL : Json.createValue(number);
            }
            case Types.DATE -> text(row.getObject(column, LocalDate.class));
            case Types.TIMESTAMP -> text(row.getObject(column, LocalDateTime.class));
            case Types.TIME -> text(row.getObject(column, LocalTime.class));
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                    Types.LONGNVARCHAR, Types.NCLOB -> text(row.getString(column));
            default -> throw new IllegalStateException("Column type " + sqlType + " cannot be archived yet");
        };
        return row.wasNull() ? JsonValue.NULL : value;
    }

    /** Binds a value read from an archive; a value of the wrong kind is refused as a damaged archive. */
    static void bind(PreparedStatement statement, int parameter, int sqlType, JsonValue value) throws SQLException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            statement.setNull(parameter, sqlType);
            return;
        }
        switch (sqlType) {
            case Types.BIT, Types.BOOLEAN -> statement.setBoolean(parameter, bool(value));
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT ->
                    statement.setLong(parameter, ((JsonNumber) value).longValueExact());
            case Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE ->
                    statement.setBigDecimal(parameter, ((JsonNumber) value).bigDecimalValue());
            case Types.DATE -> statement.setObject(parameter, LocalDate.parse(string(value)));
            case Types.TIMESTAMP -> statement.setObject(parameter, LocalDateTime.parse(string(value)));
            case Types.TIME -> statement.setObject(parameter, LocalTime.parse(string(value)));
            default -> statement.setString(parameter, string(value));
        }
    }

    private static boolean bool(JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> ((JsonNumber) value).intValueExact() != 0;
        };
    }

    private static String string(JsonValue value) {
        return ((JsonString) value).getString();
    }

    private static JsonValue text(Object value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }
}
