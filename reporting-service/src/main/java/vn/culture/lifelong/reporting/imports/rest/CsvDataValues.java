package vn.culture.lifelong.reporting.imports.rest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.reporting.imports.service.DataValue;

/**
 * Bulk values as CSV (UTF-8, comma separated, a header line): the columns of the JSON rows ({@link DataValueRecords}),
 * in any order; empty cells are empty values.
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
                rows.add(DataValueRecords.toDataValue(record, rows.size()));
            }
        } catch (IOException unreadable) {
            throw new InvalidRequestException("values", "import.csv.unreadable");
        }
        return rows;
    }
}
