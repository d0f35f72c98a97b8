package vn.culture.lifelong.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.text.Texts;

/**
 * The rows of an uploaded spreadsheet's first sheet, read as they stream: the header row is the first of the top rows
 * naming a known column (by its key or its header, as {@link XlsxTable} writes them, so a downloaded table can be
 * filled in and sent back); each later row becomes the texts of its cells by column key, empty cells left out,
 * numbers in plain notation, booleans as {@code true}/{@code false}. Blank rows are skipped.
 */
public final class XlsxRows {

    /** A column an upload may carry: {@code key} as in JSON and CSV, {@code header} as the spreadsheet shows it. */
    public record Column(String key, String header) {
    }

    private static final int HEADER_SEARCHED_IN = 10;

    private XlsxRows() {
    }

    /**
     * The rows, each a map of column key to cell text. {@code field} names the upload in problems: an unreadable file,
     * no header row, or more than {@code maxRows} rows.
     */
    public static List<Map<String, String>> read(InputStream upload, List<Column> columns, int maxRows, String field) {
        Map<String, String> keyByName = new HashMap<>();
        columns.forEach(column -> {
            keyByName.put(normalised(column.key()), column.key());
            keyByName.put(normalised(column.header()), column.key());
        });
        try (ReadableWorkbook workbook = new ReadableWorkbook(upload); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = rows.iterator();
            Map<Integer, String> header = header(iterator, keyByName, field);
            List<Map<String, String>> records = new ArrayList<>();
            while (iterator.hasNext()) {
                Map<String, String> record = record(iterator.next(), header);
                if (record.isEmpty()) {
                    continue;
                }
                if (records.size() == maxRows) {
                    throw new InvalidRequestException(field, "documents.xlsx.too-many");
                }
                records.add(record);
            }
            return records;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidRequestException invalid) {
                throw invalid;
            }
            throw new InvalidRequestException(field, "documents.xlsx.unreadable");
        }
    }

    private static Map<Integer, String> header(Iterator<Row> rows, Map<String, String> keyByName, String field) {
        for (int searched = 0; searched < HEADER_SEARCHED_IN && rows.hasNext(); searched++) {
            Map<Integer, String> header = new LinkedHashMap<>();
            for (Cell cell : rows.next()) {
                String key = cell == null ? null : keyByName.get(normalised(text(cell)));
                if (key != null) {
                    header.put(cell.getColumnIndex(), key);
                }
            }
            if (!header.isEmpty()) {
                return header;
            }
        }
        throw new InvalidRequestException(field, "documents.xlsx.header");
    }

    private static Map<String, String> record(Row row, Map<Integer, String> header) {
        Map<String, String> record = new HashMap<>();
        header.forEach((index, key) -> row.getOptionalCell(index).map(XlsxRows::text).filter(text -> !text.isBlank())
                .ifPresent(text -> record.put(key, Texts.nfc(text))));
        return record;
    }

    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.asBoolean().toString();
            case EMPTY -> "";
            case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
            default -> cell.asString() == null ? "" : cell.asString();
        };
    }

    private static String normalised(String name) {
        return name == null ? "" : Texts.nfc(name).toLowerCase(Locale.ROOT);
    }
}
