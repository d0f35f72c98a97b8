package vn.culture.lifelong.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * A downloaded XLSX as the tests read it back: the first sheet's cells with their types and number formats (rows
 * counted from 0: the title, the filter line, the header, then the data), and the sheet's XML for what the reader
 * does not tell (the frozen header).
 */
public final class Spreadsheet {

    public static final int TITLE = 0;
    public static final int FILTER = 1;
    public static final int HEADER = 2;
    public static final int FIRST_DATA = 3;

    private final List<List<Cell>> rows;
    private final String sheetXml;

    private Spreadsheet(List<List<Cell>> rows, String sheetXml) {
        this.rows = rows;
        this.sheetXml = sheetXml;
    }

    public static Spreadsheet of(byte[] xlsx) {
        List<List<Cell>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCell(c));
                }
                rows.add(cells);
            });
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new Spreadsheet(rows, entry(xlsx, "xl/worksheets/sheet1.xml"));
    }

    /** An entry of the file, read as the zip streams (written as it streams, its entries' sizes follow their data). */
    private static String entry(byte[] xlsx, String name) {
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalStateException("No " + name + " in the file");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public int rowCount() {
        return rows.size();
    }

    /** The data rows, after the header. */
    public int dataRowCount() {
        return rows.size() - FIRST_DATA;
    }

    /** The cell, or null where the row has none. */
    public Cell cell(int row, int column) {
        List<Cell> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : null;
    }

    public String text(int row, int column) {
        Cell cell = cell(row, column);
        return cell == null ? null : cell.getText();
    }

    public List<String> header() {
        return rows.get(HEADER).stream().map(Cell::getText).toList();
    }

    /** The first data row whose cell in {@code column} reads {@code text}. */
    public Optional<Integer> rowWhere(int column, String text) {
        for (int row = FIRST_DATA; row < rows.size(); row++) {
            if (text.equals(text(row, column))) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The texts of one column, data rows only. */
    public List<String> column(int column) {
        List<String> texts = new ArrayList<>();
        for (int row = FIRST_DATA; row < rows.size(); row++) {
            texts.add(text(row, column));
        }
        return texts;
    }

    /** Whether the rows down to the header stay in view as the sheet scrolls. */
    public boolean headerFrozen() {
        return sheetXml.contains("state=\"frozen\"") && sheetXml.contains("ySplit=\"" + FIRST_DATA + "\"");
    }
}
