package vn.culture.lifelong.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table as a spreadsheet, written row by row to the answer as it is read: a title row, a row naming the filter and
 * the period, a header row of Vietnamese column names (frozen, with a filter), then the rows, each cell typed and
 * formatted by its column. Rows go out in chunks, so that a national table never sits whole in memory; texts are
 * written inline, so no table of shared strings grows with it either.
 */
public final class XlsxTable implements AutoCloseable {

    /** How a column's cells are typed and shown. */
    public enum Kind {
        TEXT(null),
        INTEGER("#,##0"),
        DECIMAL("#,##0.##"),
        /** A percent given as such (85.5 for 85.5 %), stored as the fraction Excel calculates with. */
        PERCENT("0.0%"),
        DATE("dd/mm/yyyy"),
        DATE_TIME("dd/mm/yyyy hh:mm");

        private final String numberFormat;

        Kind(String numberFormat) {
            this.numberFormat = numberFormat;
        }
    }

    /** A column: its header, its kind, its width in characters. */
    public record Column(String header, Kind kind, double width) {
    }

    private static final int TITLE_ROW = 0;
    private static final int FILTER_ROW = 1;
    private static final int HEADER_ROW = 2;
    private static final int FLUSH_EVERY = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<Column> columns;
    private int nextRow = HEADER_ROW + 1;

    private XlsxTable(OutputStream out, String sheetName, String title, String filter, List<Column> columns) {
        this.workbook = new Workbook(out, "lifelong-learning", "1.0");
        this.workbook.setGlobalDefaultFont("Times New Roman", 12);
        this.sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        this.columns = List.copyOf(columns);
        int last = columns.size() - 1;
        sheet.inlineString(TITLE_ROW, 0, title);
        sheet.range(TITLE_ROW, 0, TITLE_ROW, last).merge();
        sheet.style(TITLE_ROW, 0).bold().fontSize(14).set();
        sheet.inlineString(FILTER_ROW, 0, filter);
        sheet.range(FILTER_ROW, 0, FILTER_ROW, last).merge();
        sheet.style(FILTER_ROW, 0).italic().set();
        for (int c = 0; c < columns.size(); c++) {
            sheet.inlineString(HEADER_ROW, c, columns.get(c).header());
            sheet.style(HEADER_ROW, c).bold().wrapText(true).horizontalAlignment("center").verticalAlignment("center")
                    .fillColor("DDEBF7").borderStyle("thin").set();
            sheet.width(c, columns.get(c).width());
        }
        sheet.freezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(HEADER_ROW, 0, last);
    }

    /** Starts the table on {@code out}; {@code filter} says what was asked: unit, period, basis. */
    public static XlsxTable start(OutputStream out, String sheetName, String title, String filter, List<Column> columns) {
        return new XlsxTable(out, sheetName, title, filter, columns);
    }

    /** One row: a cell per column, in order; null leaves a cell empty. */
    public void row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        int row = nextRow++;
        for (int c = 0; c < cells.length; c++) {
            cell(row, c, columns.get(c).kind(), cells[c]);
        }
        if ((row - HEADER_ROW) % FLUSH_EVERY == 0) {
            flush();
        }
    }

    private void cell(int row, int column, Kind kind, Object value) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case TEXT -> sheet.inlineString(row, column, value.toString());
            case PERCENT -> sheet.value(row, column, ((BigDecimal) value).divide(HUNDRED));
            case DATE -> sheet.value(row, column, (LocalDate) value);
            case DATE_TIME -> sheet.value(row, column, ((OffsetDateTime) value).toZonedDateTime());
            default -> sheet.value(row, column, (Number) value);
        }
        if (kind.numberFormat != null) {
            sheet.style(row, column).format(kind.numberFormat).set();
        }
    }

    private void flush() {
        try {
            sheet.flush();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    @Override
    public void close() {
        try {
            workbook.finish();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
