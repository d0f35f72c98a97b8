package vn.culture.lifelong.reporting.exports;

import java.io.OutputStream;
import vn.culture.lifelong.documents.XlsxTable;
import vn.culture.lifelong.reporting.completeness.service.Completeness;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/** Completeness and timeliness as a spreadsheet: the unit's tree, then each child's, with the rates in percent. */
public final class CompletenessSheet {

    private CompletenessSheet() {
    }

    public static String fileName(Completeness completeness) {
        return "Tình hình nộp báo cáo " + completeness.unit().code()
                + completeness.year().map(year -> " " + year).orElse("");
    }

    public static void write(Completeness completeness, OutputStream out) {
        String filter = "Đơn vị: " + Words.unit(completeness.unit())
                + Words.AND + "Kế hoạch: " + completeness.plan().map(plan -> "mã " + plan).orElse("tất cả")
                + Words.AND + "Loại báo cáo: " + completeness.kind().map(Words::kind).orElse("tất cả")
                + Words.AND + "Năm: " + completeness.year().map(String::valueOf).orElse("tất cả")
                + Words.AND + "Quá hạn tính đến: " + Words.minute(completeness.asOf());
        XlsxTable table = XlsxTable.start(out, "Đầy đủ và đúng hạn",
                "Tình hình nộp báo cáo đầy đủ, đúng hạn: " + Words.unit(completeness.unit()), filter, Columns.COMPLETENESS);
        row(table, completeness.unit(), 0, completeness.total());
        completeness.children().forEach(child -> row(table, child.unit(), 1, child.counts()));
        table.close();
    }

    private static void row(XlsxTable table, UnitRef unit, int depth, Completeness.Counts counts) {
        table.row(unit.code(), unit.name(), depth, counts.expected(), counts.submitted(), counts.accepted(), counts.onTime(),
                counts.late(), counts.missing(), counts.overdue(), counts.returns(),
                counts.rate(counts.submitted()).orElse(null), counts.rate(counts.onTime()).orElse(null),
                counts.rate(counts.accepted()).orElse(null));
    }
}
