package vn.culture.lifelong.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.documents.XlsxTable.Column;
import vn.culture.lifelong.documents.XlsxTable.Kind;
import vn.culture.lifelong.kit.problem.InvalidRequestException;

class XlsxTableTest {

    private static final List<Column> COLUMNS = List.of(new Column("Mã đơn vị", Kind.TEXT, 12),
            new Column("Số lượt", Kind.INTEGER, 12), new Column("Tỷ lệ", Kind.PERCENT, 10),
            new Column("Hạn", Kind.DATE, 12));

    private static byte[] table(int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable table = XlsxTable.start(out, "Giá trị", "Lượt bạn đọc", "Đơn vị: Tỉnh Lạng Sơn · Năm 2026", COLUMNS)) {
            for (int i = 0; i < rows; i++) {
                table.row("0" + (6000 + i), BigDecimal.valueOf(1250 + i), new BigDecimal("85.5"), LocalDate.of(2026, 6, 20));
            }
            table.row("Xã trống", null, null, null);
        }
        return out.toByteArray();
    }

    @Test
    void cells_come_back_typed_and_formatted_under_a_title_a_filter_and_a_header() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(table(1200)),
                new ReadingOptions(true, false));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<Row> rows = stream.toList();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Lượt bạn đọc");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Đơn vị: Tỉnh Lạng Sơn · Năm 2026");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Mã đơn vị");
            assertThat(rows.get(2).getCellText(2)).isEqualTo("Tỷ lệ");
            Row first = rows.get(3);
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(first.getCellText(0)).isEqualTo("06000");
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("1250");
            assertThat(first.getCell(1).getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("0.855");
            assertThat(first.getCell(2).getDataFormatString()).isEqualTo("0.0%");
            assertThat(first.getCellAsDate(3)).hasValueSatisfying(day -> assertThat(day.toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 20)));
            assertThat(rows).hasSize(3 + 1200 + 1);
            assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("Xã trống");
            assertThat(rows.get(rows.size() - 1).getOptionalCell(1).map(cell -> cell.getType()).orElse(CellType.EMPTY))
                    .isEqualTo(CellType.EMPTY);
        }
    }

    @Test
    void a_downloaded_table_reads_back_by_its_headers_or_keys() {
        List<XlsxRows.Column> upload = List.of(new XlsxRows.Column("unit", "Mã đơn vị"),
                new XlsxRows.Column("value", "Số lượt"), new XlsxRows.Column("share", "tỷ lệ"));
        List<Map<String, String>> rows = XlsxRows.read(new ByteArrayInputStream(table(2)), upload, 10, "file");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("unit", "06000").containsEntry("value", "1250").containsEntry("share", "0.855");
        assertThat(rows.get(2)).containsOnlyKeys("unit");
    }

    @Test
    void an_upload_too_long_without_a_header_or_not_a_workbook_is_refused_naming_the_field() {
        List<XlsxRows.Column> upload = List.of(new XlsxRows.Column("unit", "Mã đơn vị"));
        assertThatThrownBy(() -> XlsxRows.read(new ByteArrayInputStream(table(5)), upload, 3, "file"))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("file");
                    assertThat(refused.messageKey()).isEqualTo("documents.xlsx.too-many");
                });
        assertThatThrownBy(() -> XlsxRows.read(new ByteArrayInputStream(table(1)), List.of(new XlsxRows.Column("plan", "Kế hoạch")), 3, "file"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("documents.xlsx.header"));
        assertThatThrownBy(() -> XlsxRows.read(new ByteArrayInputStream("plan,unit\n1,2".getBytes()), upload, 3, "file"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("documents.xlsx.unreadable"));
    }
}
