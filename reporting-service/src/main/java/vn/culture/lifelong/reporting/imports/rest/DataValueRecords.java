package vn.culture.lifelong.reporting.imports.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.reporting.imports.service.DataValue;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;

/**
 * Bulk values read as text, a record of cells by column per row (a CSV line, a spreadsheet row): the columns of the
 * JSON rows, {@code plan, unit, year, kind, indicator, target, value, numerator, denominator}; blank cells are empty
 * values. A value reads as true/false (or có/không), else as a number. The one conversion of CSV and XLSX uploads: a
 * cell that does not convert is a 400 naming it as {@code values[row].column}.
 */
final class DataValueRecords {

    /** The columns a record may carry. */
    static final List<String> COLUMNS = List.of("plan", "unit", "year", "kind", "indicator", "target", "value",
            "numerator", "denominator");
    private static final List<String> VALUE_COLUMNS = List.of("value", "numerator", "denominator");

    private DataValueRecords() {
    }

    /** The row {@code record} says; {@code row} is its place among the rows sent, from 0. */
    static DataValue toDataValue(Map<String, String> record, int row) {
        Cells cells = new Cells(record, "values[" + row + "]");
        return new DataValue(cells.get("plan", Long::valueOf), cells.text("unit"), cells.get("year", Integer::valueOf),
                cells.get("kind", kind -> ObligationKind.valueOf(kind.toUpperCase(Locale.ROOT))), cells.text("indicator"),
                cells.text("target"), cells.get("value", DataValueRecords::value), cells.get("numerator", BigDecimal::new),
                cells.get("denominator", BigDecimal::new));
    }

    /** Whether {@code record} gives a value, a numerator or a denominator: a line of a template filled in. */
    static boolean hasValue(Map<String, String> record) {
        return VALUE_COLUMNS.stream().map(record::get).anyMatch(cell -> cell != null && !cell.isBlank());
    }

    private static JsonNode value(String cell) {
        String answer = cell.toLowerCase(Locale.ROOT);
        if (answer.equals("true") || answer.equals("có")) {
            return BooleanNode.TRUE;
        }
        if (answer.equals("false") || answer.equals("không")) {
            return BooleanNode.FALSE;
        }
        try {
            return DecimalNode.valueOf(new BigDecimal(cell));
        } catch (NumberFormatException notANumber) {
            // Refused with the indicator's own rule (a number, or true/false), which knows the line's type.
            return TextNode.valueOf(cell);
        }
    }

    /** One record's cells, blank ones read as absent. */
    private record Cells(Map<String, String> record, String at) {

        String text(String column) {
            String cell = record.get(column);
            return cell == null || cell.isBlank() ? null : cell.strip();
        }

        <T> T get(String column, Function<String, T> conversion) {
            String cell = text(column);
            try {
                return cell == null ? null : conversion.apply(cell);
            } catch (IllegalArgumentException unconvertible) {
                throw new InvalidRequestException(at + "." + column, "import.csv.cell");
            }
        }
    }
}
