package vn.culture.lifelong.reporting.exports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.Optional;
import vn.culture.lifelong.documents.XlsxTable;
import vn.culture.lifelong.reporting.plans.domain.IndicatorView;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.reporting.progress.service.PlanProgress;

/**
 * A plan's progress as a spreadsheet: a row per target that asks something of the year, each followed by the targets
 * on the same indicator of the plans implementing it (one level deeper each). Tasks are in the JSON answer only.
 */
@ApplicationScoped
public class ProgressSheet {

    private final IndicatorViewRepository indicators;

    public ProgressSheet(IndicatorViewRepository indicators) {
        this.indicators = indicators;
    }

    public static String fileName(PlanProgress progress) {
        return "Tiến độ kế hoạch " + Optional.ofNullable(progress.plan().number).orElse(Long.toString(progress.plan().planId))
                + " " + progress.unit().code() + " năm " + progress.year();
    }

    /** Writes the judged targets; reads the indicators' names in a transaction of its own. */
    @Transactional
    public void write(PlanProgress progress, OutputStream out) {
        String title = "Tiến độ thực hiện kế hoạch " + Optional.ofNullable(progress.plan().number).orElse("")
                + ": " + progress.plan().title;
        String filter = "Đơn vị: " + Words.unit(progress.unit())
                + Words.AND + "Năm: " + progress.year()
                + Words.AND + "Tính theo: " + Words.counted(progress.basis())
                + Words.AND + "Đánh giá ngày: " + Words.day(progress.asOf());
        XlsxTable table = XlsxTable.start(out, "Tiến độ", title, filter, Columns.PROGRESS);
        progress.targets().forEach(target -> rows(table, target, 0));
        table.close();
    }

    private void rows(XlsxTable table, PlanProgress.Target progress, int depth) {
        PlanTarget target = progress.target();
        // Read in the write's transaction: an indicator named again comes from the persistence context.
        Optional<IndicatorView> indicator = Optional.ofNullable(indicators.findById(target.indicator()));
        PlanTarget.Value value = progress.value().orElse(null);
        table.row(Optional.ofNullable(progress.plan().number).orElse(Long.toString(progress.plan().planId)), depth,
                target.key(), target.indicator(), indicator.map(found -> found.nameVi).orElse(null),
                Words.targetKind(target.kind()),
                Words.inPercent(target.kind()) ? "%" : indicator.map(found -> found.unitOfMeasure).orElse(null),
                value == null ? null : value.min(), value == null ? null : value.max(),
                value == null ? null : value.outOf(), progress.evaluation().required(), target.dueBy(),
                progress.evaluation().actual(), progress.evaluation().projected(),
                Words.status(progress.evaluation().status()), Words.basis(progress.evaluation().basis()),
                progress.unitsReported(), progress.unitsInScope());
        progress.children().forEach(child -> rows(table, child, depth + 1));
    }
}
