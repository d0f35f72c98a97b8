package vn.culture.lifelong.reporting.exports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.culture.lifelong.documents.XlsxTable;
import vn.culture.lifelong.reporting.obligations.service.ObligationSearch;
import vn.culture.lifelong.reporting.obligations.service.ObligationService;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;

/** Every obligation a search selects as a spreadsheet, soonest due first, streamed from the database as it is written. */
@ApplicationScoped
public class ObligationsSheet {

    private final ObligationService obligations;
    private final PlanViewRepository plans;

    public ObligationsSheet(ObligationService obligations, PlanViewRepository plans) {
        this.obligations = obligations;
        this.plans = plans;
    }

    public static String fileName(ObligationService.Selection selection) {
        ObligationSearch search = selection.search();
        return "Nghĩa vụ báo cáo" + search.unit().map(code -> " " + code).orElse("")
                + search.year().map(year -> " " + year).orElse("");
    }

    /** Writes the table in one read transaction, the rows as the cursor brings them. */
    @Transactional
    public void write(ObligationService.Selection selection, OutputStream out) {
        ObligationSearch search = selection.search();
        List<String> filter = new ArrayList<>();
        filter.add("Đơn vị: " + selection.unit().map(Words::unit).orElse("tất cả trong phạm vi của bạn"));
        selection.receivingUnit().ifPresent(unit -> filter.add("Đơn vị nhận: " + Words.unit(unit)));
        search.plan().ifPresent(plan -> filter.add("Kế hoạch: " + plans.findForReading(plan)
                .map(found -> found.number).orElse("mã " + plan)));
        search.year().ifPresent(year -> filter.add("Năm: " + year));
        search.kind().ifPresent(kind -> filter.add("Loại báo cáo: " + Words.kind(kind)));
        search.status().ifPresent(status -> filter.add("Trạng thái: " + Words.status(status)));
        search.timeliness().ifPresent(timeliness -> filter.add("Thời hạn: " + Words.timeliness(timeliness)));
        search.dueBy().ifPresent(day -> filter.add("Hạn nộp đến: " + Words.day(day)));
        filter.add("Tính đến: " + Words.minute(selection.now()));
        XlsxTable table = XlsxTable.start(out, "Nghĩa vụ báo cáo", "Danh sách nghĩa vụ báo cáo",
                String.join(Words.AND, filter), Columns.OBLIGATIONS);
        obligations.eachRow(selection, row -> table.row(row.id(), row.planNumber(), row.unitCode(), row.unitName(),
                row.receivingUnitCode(), Words.kind(row.kind()), row.year(), row.title(), row.dataFrom(), row.dataTo(),
                row.dueDate(), Words.status(row.status()), row.reportId(), Words.timeliness(row.timeliness()),
                row.returnCount()));
        table.close();
    }
}
