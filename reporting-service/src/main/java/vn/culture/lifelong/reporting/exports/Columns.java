package vn.culture.lifelong.reporting.exports;

import static vn.culture.lifelong.documents.XlsxTable.Kind.DATE;
import static vn.culture.lifelong.documents.XlsxTable.Kind.DECIMAL;
import static vn.culture.lifelong.documents.XlsxTable.Kind.INTEGER;
import static vn.culture.lifelong.documents.XlsxTable.Kind.PERCENT;
import static vn.culture.lifelong.documents.XlsxTable.Kind.TEXT;

import java.util.List;
import vn.culture.lifelong.documents.XlsxRows;
import vn.culture.lifelong.documents.XlsxTable.Column;
import vn.culture.lifelong.documents.XlsxTable.Kind;
import vn.culture.lifelong.reporting.consolidation.domain.AcrossUnits;

/**
 * The columns of every table reporting-service hands out as a spreadsheet, in the order of their cells: the Vietnamese
 * header, how cells are typed and shown, the width. The sheets fill them in this order.
 */
public final class Columns {

    private Columns() {
    }

    /** GET /api/reports/values: the unit, then every unit under it in tree order. */
    public static List<Column> values(AcrossUnits rule, String unitOfMeasure) {
        boolean percent = rule == AcrossUnits.COVERAGE || rule == AcrossUnits.RATIO_OF_SUMS;
        return List.of(
                new Column("Mã đơn vị", TEXT, 12),
                new Column("Tên đơn vị", TEXT, 40),
                new Column("Cấp", TEXT, 11),
                new Column("Tầng", INTEGER, 7),
                new Column(percent ? "Giá trị (%)" : unitOfMeasure == null ? "Giá trị" : "Giá trị (" + unitOfMeasure + ")",
                        percent ? PERCENT : DECIMAL, 16),
                new Column("Số đơn vị đã báo cáo", INTEGER, 14),
                new Column("Số đơn vị phải báo cáo", INTEGER, 14));
    }

    /** GET /api/reports/plans/{planId}/progress: each target, then the targets of the plans implementing it. */
    public static final List<Column> PROGRESS = List.of(
            new Column("Kế hoạch", TEXT, 16),
            new Column("Tầng", INTEGER, 7),
            new Column("Mục tiêu", TEXT, 10),
            new Column("Mã chỉ số", TEXT, 22),
            new Column("Tên chỉ số", TEXT, 36),
            new Column("Loại mục tiêu", TEXT, 18),
            new Column("Đơn vị tính", TEXT, 10),
            new Column("Mục tiêu tối thiểu", DECIMAL, 14),
            new Column("Mục tiêu tối đa", DECIMAL, 14),
            new Column("Trên tổng số", INTEGER, 10),
            new Column("Yêu cầu của năm", DECIMAL, 14),
            new Column("Hạn hoàn thành", DATE, 13),
            new Column("Thực hiện", DECIMAL, 14),
            new Column("Ước cả năm", DECIMAL, 14),
            new Column("Đánh giá", TEXT, 20),
            new Column("Căn cứ", TEXT, 24),
            new Column("Số đơn vị đã báo cáo", INTEGER, 14),
            new Column("Số đơn vị trong phạm vi", INTEGER, 14));

    /** GET /api/reports/completeness: the unit's tree, then each child's. */
    public static final List<Column> COMPLETENESS = List.of(
            new Column("Mã đơn vị", TEXT, 12),
            new Column("Tên đơn vị", TEXT, 40),
            new Column("Tầng", INTEGER, 7),
            new Column("Phải nộp", INTEGER, 10),
            new Column("Đã nộp", INTEGER, 10),
            new Column("Đã chấp nhận", INTEGER, 10),
            new Column("Đúng hạn", INTEGER, 10),
            new Column("Muộn", INTEGER, 10),
            new Column("Chưa nộp", INTEGER, 10),
            new Column("Quá hạn", INTEGER, 10),
            new Column("Số lần trả lại", INTEGER, 10),
            new Column("Tỷ lệ đã nộp", PERCENT, 11),
            new Column("Tỷ lệ đúng hạn", PERCENT, 11),
            new Column("Tỷ lệ được chấp nhận", PERCENT, 11));

    /** GET /api/reports/obligations: every obligation that matches, soonest due first. */
    public static final List<Column> OBLIGATIONS = List.of(
            new Column("Mã nghĩa vụ", INTEGER, 11),
            new Column("Số kế hoạch", TEXT, 16),
            new Column("Mã đơn vị", TEXT, 12),
            new Column("Tên đơn vị", TEXT, 36),
            new Column("Đơn vị nhận", TEXT, 12),
            new Column("Loại báo cáo", TEXT, 10),
            new Column("Năm", INTEGER, 7),
            new Column("Tên báo cáo", TEXT, 36),
            new Column("Số liệu từ ngày", DATE, 13),
            new Column("Số liệu đến ngày", DATE, 13),
            new Column("Hạn nộp", DATE, 13),
            new Column("Trạng thái", TEXT, 14),
            new Column("Mã báo cáo", INTEGER, 11),
            new Column("Thời hạn", TEXT, 14),
            new Column("Số lần trả lại", INTEGER, 10));

    /**
     * GET and POST /api/reports/data-values: the import's columns ({@code key}), each under its Vietnamese header, and
     * beside them columns to read only (no key), which an upload ignores.
     */
    public record DataValueColumn(String key, Column column) {

        static DataValueColumn of(String key, String header, Kind kind, double width) {
            return new DataValueColumn(key, new Column(header, kind, width));
        }
    }

    /** The template's columns; {@code valuesAsText} when yes/no answers share the value column with numbers. */
    public static List<DataValueColumn> dataValues(boolean valuesAsText) {
        return List.of(
                DataValueColumn.of("plan", "Mã kế hoạch", INTEGER, 11),
                DataValueColumn.of("unit", "Mã đơn vị", TEXT, 12),
                DataValueColumn.of(null, "Tên đơn vị", TEXT, 36),
                DataValueColumn.of("year", "Năm", INTEGER, 7),
                DataValueColumn.of("kind", "Kỳ báo cáo", TEXT, 11),
                DataValueColumn.of("indicator", "Mã chỉ số", TEXT, 22),
                DataValueColumn.of(null, "Tên chỉ số", TEXT, 36),
                DataValueColumn.of("target", "Mục tiêu", TEXT, 10),
                DataValueColumn.of(null, "Kiểu giá trị", TEXT, 18),
                DataValueColumn.of("value", "Giá trị", valuesAsText ? TEXT : DECIMAL, 14),
                DataValueColumn.of("numerator", "Tử số", DECIMAL, 12),
                DataValueColumn.of("denominator", "Mẫu số", DECIMAL, 12));
    }

    /** What an upload of the template reads: the columns with a key, by key or by header. */
    public static final List<XlsxRows.Column> DATA_VALUES_READ = dataValues(false).stream()
            .filter(column -> column.key() != null)
            .map(column -> new XlsxRows.Column(column.key(), column.column().header()))
            .toList();
}
