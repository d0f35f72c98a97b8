package vn.culture.lifelong.reporting.exports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import vn.culture.lifelong.documents.XlsxTable;
import vn.culture.lifelong.reporting.imports.service.DataValueTemplate;
import vn.culture.lifelong.reporting.reports.domain.ValueType;

/**
 * The template of a bulk import as a spreadsheet: a line per report line to fill, in the import's columns under their
 * Vietnamese headers (the upload reads them back by header), with the unit's and the indicator's names and the kind of
 * value beside them. The value column holds numbers; when the plan also asks yes/no answers, it holds text (numbers
 * as written, true or false), as the import reads either.
 */
@ApplicationScoped
public class DataValuesSheet {

    private final DataValueTemplate templates;

    public DataValuesSheet(DataValueTemplate templates) {
        this.templates = templates;
    }

    public static String fileName(DataValueTemplate.Template template) {
        return "Mẫu nhập số liệu kế hoạch " + template.plan().planId + " " + template.unit().code() + " "
                + Words.period(template.kind(), template.year());
    }

    public void write(DataValueTemplate.Template template, OutputStream out) {
        String title = "Mẫu nhập số liệu: kế hoạch " + (template.plan().number == null ? "" : template.plan().number + " ")
                + "(mã " + template.plan().planId + "), báo cáo " + Words.period(template.kind(), template.year());
        String filter = "Đơn vị: " + Words.unit(template.unit())
                + Words.AND + "Ghi Giá trị (số; chỉ tiêu Có/Không: true hoặc false), hoặc Tử số và Mẫu số cho chỉ tiêu tỷ lệ"
                + Words.AND + "dòng không ghi giá trị được bỏ qua; các cột khác giữ nguyên";
        List<XlsxTable.Column> columns = Columns.dataValues(template.hasYesNo()).stream()
                .map(Columns.DataValueColumn::column).toList();
        XlsxTable table = XlsxTable.start(out, "Số liệu", title, filter, columns);
        templates.eachLine(template, line -> table.row(line.plan(), line.unit().code(), line.unit().name(), line.year(),
                line.kind().name(), line.indicator(), line.indicatorName(), line.target(), Words.valueType(line.valueType()),
                value(line, template.hasYesNo()), line.numerator(), line.denominator()));
        table.close();
    }

    private static Object value(DataValueTemplate.Line line, boolean asText) {
        Object value = line.valueType() == ValueType.YES_NO ? line.yesNo() : line.number();
        if (!asText || value == null) {
            // A yes/no line of an indicator that was a number when the plan was read: nothing to show as a number.
            return value instanceof Boolean ? null : value;
        }
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
    }
}
