package vn.culture.lifelong.reporting.exports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import vn.culture.lifelong.documents.XlsxTable;
import vn.culture.lifelong.reporting.consolidation.service.ConsolidatedValues;
import vn.culture.lifelong.reporting.consolidation.service.ValueQuery;

/** An indicator's consolidated values as a spreadsheet: the unit asked for, then every unit under it in tree order. */
@ApplicationScoped
public class ValuesSheet {

    private final ConsolidatedValues values;

    public ValuesSheet(ConsolidatedValues values) {
        this.values = values;
    }

    public static String fileName(ConsolidatedValues.Breakdown breakdown) {
        ValueQuery query = breakdown.query();
        return "Giá trị tổng hợp " + query.indicator() + " " + breakdown.unit().code() + " "
                + Words.period(query.kind(), query.year());
    }

    /** Writes the table as its lines are read; a failure half-way leaves the file unfinished, never a short table. */
    public void write(ConsolidatedValues.Breakdown breakdown, OutputStream out) {
        ValueQuery query = breakdown.query();
        String title = "Giá trị tổng hợp: " + breakdown.indicator().nameVi + " (" + breakdown.indicator().code + "), "
                + Words.period(query.kind(), query.year());
        String filter = "Đơn vị: " + Words.unit(breakdown.unit())
                + Words.AND + "Kỳ: " + Words.period(query.kind(), query.year())
                + Words.AND + "Kế hoạch: " + breakdown.plan().map(plan -> plan.number == null ? "số " + plan.planId
                        : plan.number).orElse("tất cả (mỗi số liệu tính một lần)")
                + Words.AND + "Tính theo: " + Words.counted(query.basis())
                + Words.AND + "Cách tổng hợp: " + Words.rule(breakdown.rule())
                + (breakdown.indicator().unitOfMeasure == null ? "" : Words.AND + "Đơn vị tính: "
                        + breakdown.indicator().unitOfMeasure);
        XlsxTable table = XlsxTable.start(out, "Giá trị tổng hợp", title, filter,
                Columns.values(breakdown.rule(), breakdown.indicator().unitOfMeasure));
        values.eachLine(breakdown, line -> {
            ConsolidatedValues.Figure figure = line.figure();
            table.row(figure.unit().code(), figure.unit().name(), Words.level(figure.unit()), line.depth(),
                    figure.value(), figure.unitsReported(), figure.unitsExpected());
        });
        table.close();
    }
}
