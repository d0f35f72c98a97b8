package vn.culture.lifelong.reporting.imports.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.reporting.imports.service.DataValue;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;

/**
 * Bulk values as CSV (UTF-8, comma separated, a header line): the columns of the JSON rows, {@code plan, unit, year,
 * kind, indicator, target, value, numerator, denominator}, in any order; empty cells are empty values. A value reads
 * as true/false, else as a number. A cell that does not convert is a 400 naming it as {@code values[row].column}.
 */
final class CsvDataValues {

    static final String MEDIA_TYPE = "text/csv";
    private static final List<String> REQUIRED_COLUMNS = List.of("plan", "unit", "year", "kind", "indicator");
    private static final CsvMapper CSV = new CsvMapper();

    private CsvDataValues() {
    }

    static List<DataValue> read(String body, int maxRows) {
        List<DataValue> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> records = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(Texts.nfc(body))) {
            while (records.hasNextValue()) {
                if (rows.size() == maxRows) {
                    throw new InvalidRequestException("values", "import.too-many");
                }
                Map<String, String> record = records.nextValue();
                if (rows.isEmpty()) {
                    REQUIRED_COLUMNS.stream().filter(column -> !record.containsKey(column)).findFirst().ifPresent(column -> {
                        throw new InvalidRequestException(column, "import.csv.column");
                    });
                }
                rows.add(row(new Cells(record, "values[" + rows.size() + "]")));
            }
        } catch (IOException unreadable) {
            throw new InvalidRequestException("values", "import.csv.unreadable");
        }
        return rows;
    }

    private static DataValue row(Cells cells) {
        return new DataValue(cells.get("plan", Long::valueOf), cells.text("unit"), cells.get("year", Integer::valueOf),
                cells.get("kind", kind -> ObligationKind.valueOf(kind.toUpperCase(Locale.ROOT))), cells.text("indicator"),
                cells.text("target"), cells.get("value", CsvDataValues::value), cells.get("numerator", BigDecimal::new),
                cells.get("denominator", BigDecimal::new));
    }

    private static JsonNode value(String cell) {
        if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
            return BooleanNode.valueOf(Boolean.parseBoolean(cell));
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
