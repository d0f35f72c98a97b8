package vn.culture.lifelong.reporting.imports.rest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.culture.lifelong.documents.XlsxRows;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.reporting.exports.Columns;
import vn.culture.lifelong.reporting.imports.service.DataValue;

/**
 * Bulk values as a spreadsheet, the template GET /api/reports/data-values hands out filled in: its first sheet's rows
 * under the header row, columns known by key or by Vietnamese header (others, such as the unit's name, ignored),
 * converted as CSV's are ({@link DataValueRecords}). A row with no value, numerator or denominator is a line left
 * blank and is left out; rows keep their place among the sheet's rows, so {@code values[3]} is the fourth under the
 * header, whatever was left out before it.
 */
final class XlsxDataValues {

    /** The rows to import and, for each, its place among the sheet's rows. */
    record Rows(List<DataValue> values, List<Integer> positions) {
    }

    private XlsxDataValues() {
    }

    static Rows read(InputStream upload, int maxRows) {
        List<Map<String, String>> records = XlsxRows.read(upload, Columns.DATA_VALUES_READ, maxRows, "values");
        List<DataValue> values = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int row = 0; row < records.size(); row++) {
            if (DataValueRecords.hasValue(records.get(row))) {
                values.add(DataValueRecords.toDataValue(records.get(row), row));
                positions.add(row);
            }
        }
        if (values.isEmpty()) {
            throw new InvalidRequestException("values", "import.xlsx.empty");
        }
        return new Rows(values, positions);
    }
}
