package vn.culture.lifelong.reporting.documents.service;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.culture.lifelong.documents.PrintablePage;
import vn.culture.lifelong.kit.persistence.VietnamTime;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.completeness.service.Completeness;
import vn.culture.lifelong.reporting.completeness.service.CompletenessService;
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.consolidation.domain.Figures;
import vn.culture.lifelong.reporting.documents.domain.Letterhead;
import vn.culture.lifelong.reporting.documents.domain.Wording;
import vn.culture.lifelong.reporting.documents.service.DocumentPages.CompletenessRow;
import vn.culture.lifelong.reporting.documents.service.DocumentPages.ConsolidatedPage;
import vn.culture.lifelong.reporting.documents.service.DocumentPages.FigureRow;
import vn.culture.lifelong.reporting.documents.service.DocumentPages.Frame;
import vn.culture.lifelong.reporting.documents.service.DocumentPages.ReportPage;
import vn.culture.lifelong.reporting.documents.service.DocumentPages.TaskRow;
import vn.culture.lifelong.reporting.exports.Words;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.plans.domain.IndicatorView;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.plans.domain.PlanTask;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;
import vn.culture.lifelong.reporting.progress.domain.Readings;
import vn.culture.lifelong.reporting.progress.domain.Status;
import vn.culture.lifelong.reporting.progress.domain.TargetJudge;
import vn.culture.lifelong.reporting.progress.service.PlanProgress;
import vn.culture.lifelong.reporting.progress.service.PlanProgressService;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.domain.ReportValue;
import vn.culture.lifelong.reporting.reports.service.ReportContext;
import vn.culture.lifelong.reporting.reports.service.ReportService;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;
import vn.culture.lifelong.units.domain.UnitView;

/**
 * Reports as the administrative documents officers sign and send up (Decree 30/2020/NĐ-CP): a unit's report on a plan
 * for a period, and a unit's consolidated report ("tổng hợp") of its tree. Each is read with the caller's rights first,
 * worded in Vietnamese, and written by its template as one XHTML page that prints as PDF or DOCX.
 */
@ApplicationScoped
public class ReportDocuments {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportPage page);

        static native TemplateInstance consolidated(ConsolidatedPage page);
    }

    private static final String ARCHIVE = "Lưu: VT.";

    private final ReportService reports;
    private final PlanProgressService progress;
    private final CompletenessService completeness;
    private final PlanViewRepository plans;
    private final IndicatorViewRepository indicators;
    private final UnitDirectory units;
    private final Clock clock;

    public ReportDocuments(ReportService reports, PlanProgressService progress, CompletenessService completeness,
            PlanViewRepository plans, IndicatorViewRepository indicators, UnitDirectory units, Clock clock) {
        this.reports = reports;
        this.progress = progress;
        this.completeness = completeness;
        this.plans = plans;
        this.indicators = indicators;
        this.units = units;
        this.clock = clock;
    }

    /** A unit's report, dated the day it was first submitted (today for a draft). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PrintablePage ofReport(long reportId, Caller caller) {
        ReportContext context = reports.read(reportId, caller).context();
        Report report = context.report();
        Obligation obligation = context.obligation();
        PlanView plan = context.plan();
        UnitRef reporter = context.reporter();
        LocalDate date = report.firstSubmittedAt == null ? VietnamTime.today(clock)
                : report.firstSubmittedAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        String period = Wording.period(obligation.kind, obligation.year, obligation.title);
        String subject = "Kết quả thực hiện Kế hoạch số " + plan.number + " " + period;
        Frame frame = new Frame("Báo cáo " + subject.substring(0, 1).toLowerCase() + subject.substring(1) + " – "
                + reporter.name(), Letterhead.of(reporter, ancestorsOf(reporter), date), "BÁO CÁO", List.of(subject),
                List.of(context.receiver().name() + " (để báo cáo);", ARCHIVE), "");
        ReportPage page = new ReportPage(frame, opening(plan, reporter, period), Wording.paragraphs(report.results),
                figures(report, context, date), tasks(report, plan), Wording.paragraphs(report.difficulties),
                Wording.paragraphs(report.proposals), "Trên đây là báo cáo kết quả thực hiện Kế hoạch số " + plan.number
                        + " " + period + " của " + reporter.name() + "./.");
        return new PrintablePage("Báo cáo " + plan.number.replace('/', '-') + " " + period + " " + reporter.name(),
                Templates.report(page).render());
    }

    /**
     * {@code unitCode}'s consolidated report on a plan (the plan's issuer by default): its tree's figures against each
     * target as the plan's progress judges them, what units reported of each task, and its children's completeness
     * for the period; dated today.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PrintablePage consolidated(long planId, Optional<String> unitCode, int year, ObligationKind kind, Basis basis,
            Caller caller) {
        if (kind == ObligationKind.AD_HOC) {
            throw new InvalidRequestException("kind", "values.kind.ad-hoc");
        }
        PlanProgress judged = progress.of(planId, Optional.of(year), unitCode, basis, caller);
        UnitRef unit = judged.unit();
        Completeness reported = completeness.of(Optional.of(unit.code()), Optional.of(planId), Optional.of(kind),
                Optional.of(year), caller);
        PlanView plan = judged.plan();
        LocalDate today = VietnamTime.today(clock);
        String period = Wording.period(kind, year, "");
        String subject = "Tổng hợp kết quả thực hiện Kế hoạch số " + plan.number + " " + period;
        Frame frame = new Frame("Báo cáo " + subject.toLowerCase() + " – " + unit.name(),
                Letterhead.of(unit, ancestorsOf(unit), today), "BÁO CÁO", List.of(subject),
                Stream.concat(upward(plan, unit).map(above -> above.name() + " (để báo cáo);").stream(), Stream.of(ARCHIVE))
                        .toList(), "");
        List<FigureRow> figures = new ArrayList<>();
        for (PlanProgress.Target target : judged.targets()) {
            IndicatorView indicator = indicators.findById(target.target().indicator());
            String measure = indicator == null ? "" : indicator.unitOfMeasure;
            figures.add(new FigureRow(figures.size() + 1, indicatorName(target.target(), indicator), unit.name(),
                    Wording.target(target.target(), year, measure),
                    Wording.actual(target.target().kind(), target.evaluation().actual(), measure),
                    Words.status(target.evaluation().status())));
        }
        List<TaskRow> tasks = new ArrayList<>();
        int number = 0;
        for (PlanProgress.Task task : judged.tasks()) {
            number++;
            if (task.reported().isEmpty()) {
                tasks.add(new TaskRow(number, task.task().content(), "", Wording.progress(null), ""));
            }
            for (PlanProgress.Reported one : task.reported()) {
                tasks.add(new TaskRow(number, task.task().content(), one.unit().name(), Wording.progress(one.progress()),
                        Optional.ofNullable(one.note()).orElse("")));
            }
        }
        List<CompletenessRow> children = new ArrayList<>();
        reported.children().forEach(child -> children.add(completenessRow(children.size() + 1, child.unit().name(),
                child.counts())));
        ConsolidatedPage page = new ConsolidatedPage(frame, "Thực hiện Kế hoạch số " + plan.number + " về " + plan.title
                + ", " + unit.name() + " tổng hợp kết quả thực hiện " + period + " của các đơn vị như sau:",
                "Số liệu tổng hợp từ các báo cáo " + (basis == Basis.SUBMITTED ? "đã gửi" : "đã được chấp nhận")
                        + " của các đơn vị, tính đến " + Letterhead.dateLine(today) + ".",
                figures, tasks, children, completenessRow(0, "Tổng cộng", reported.total()),
                "Trên đây là báo cáo tổng hợp kết quả thực hiện Kế hoạch số " + plan.number + " " + period + " của "
                        + unit.name() + "./.");
        return new PrintablePage("Báo cáo tổng hợp " + plan.number.replace('/', '-') + " " + period + " " + unit.name(),
                Templates.consolidated(page).render());
    }

    private String opening(PlanView plan, UnitRef reporter, String period) {
        String issuer = units.byIds(List.of(plan.issuingUnitId)).values().stream().findFirst().map(UnitRef::name)
                .map(name -> " của " + name).orElse("");
        return "Thực hiện Kế hoạch số " + plan.number + issuer + " về " + plan.title + ", " + reporter.name()
                + " báo cáo kết quả thực hiện " + period + " như sau:";
    }

    /** Each line of the report: what the plan asks of the year, the value, and the value judged against it alone. */
    private List<FigureRow> figures(Report report, ReportContext context, LocalDate today) {
        Map<String, PlanTarget> targets = context.plan().targets.stream()
                .collect(Collectors.toMap(PlanTarget::key, Function.identity(), (first, second) -> first));
        List<FigureRow> rows = new ArrayList<>();
        for (ReportValue value : report.values) {
            PlanTarget target = targets.get(value.targetKey);
            IndicatorView indicator = indicators.findById(value.indicator);
            UnitRef unit = context.units().get(value.unitId);
            String measure = indicator == null ? "" : indicator.unitOfMeasure;
            rows.add(new FigureRow(rows.size() + 1, indicatorName(target, indicator), unit == null ? "" : unit.name(),
                    target == null ? "" : Wording.target(target, value.year, measure), shown(value, measure),
                    target == null ? "" : Words.status(judged(target, indicator, value, context.obligation().kind, today))));
        }
        return rows;
    }

    private static String indicatorName(PlanTarget target, IndicatorView indicator) {
        String name = indicator == null ? (target == null ? "" : target.indicator()) : indicator.nameVi;
        return target == null ? name : target.key() + ". " + name;
    }

    private static String shown(ReportValue value, String measure) {
        return switch (value.valueType) {
            case NUMBER -> value.numberValue == null ? "" : Wording.number(value.numberValue)
                    + (measure == null || measure.isBlank() ? "" : " " + measure);
            case YES_NO -> value.yesNo == null ? "" : value.yesNo ? "Có" : "Không";
            case RATIO -> value.numerator == null || value.denominator == null ? ""
                    : Wording.number(value.numerator) + "/" + Wording.number(value.denominator)
                            + (value.denominator.signum() == 0 ? "" : " (" + Wording.number(value.numerator
                                    .multiply(BigDecimal.valueOf(100)).divide(value.denominator, 2, RoundingMode.HALF_UP)) + "%)");
        };
    }

    /** The line's value judged as if it were the target's whole actual, by the same rules as the plan's progress. */
    private static Status judged(PlanTarget target, IndicatorView indicator, ReportValue value, ObligationKind kind,
            LocalDate today) {
        if (kind == ObligationKind.AD_HOC || !TargetJudge.appliesTo(target, value.year)) {
            return Status.NO_DATA;
        }
        boolean answered = value.numberValue != null || value.yesNo != null || value.denominator != null;
        Figures figures = answered ? Figures.ofOne(value.numberValue, value.yesNo, value.numerator, value.denominator)
                : Figures.NONE;
        TargetJudge.Indicator behaviour = new TargetJudge.Indicator(
                indicator != null && "LOWER_IS_BETTER".equals(indicator.direction),
                indicator == null || "SUM".equals(indicator.overTime));
        Readings readings = new Readings(value.year, today, kind == ObligationKind.ANNUAL ? figures : Figures.NONE,
                kind == ObligationKind.HALF_YEAR ? figures : Figures.NONE, 1, null, Map.of());
        return TargetJudge.judge(target, behaviour, readings).status();
    }

    private static List<TaskRow> tasks(Report report, PlanView plan) {
        Map<String, PlanTask> tasks = plan.tasks.stream()
                .collect(Collectors.toMap(PlanTask::key, Function.identity(), (first, second) -> first));
        List<TaskRow> rows = new ArrayList<>();
        report.tasks.forEach(task -> rows.add(new TaskRow(rows.size() + 1,
                Optional.ofNullable(tasks.get(task.taskKey)).map(PlanTask::content).orElse(task.taskKey), "",
                Wording.progress(task.progress), Optional.ofNullable(task.note).orElse(""))));
        return rows;
    }

    private static CompletenessRow completenessRow(int number, String unit, Completeness.Counts counts) {
        return new CompletenessRow(number, unit, counts.expected(), counts.submitted(), counts.onTime(), counts.late(),
                counts.missing(), counts.rate(counts.submitted()).map(rate -> Wording.number(rate) + "%").orElse(""));
    }

    /** The units above {@code unit}, nearest first. */
    private List<UnitRef> ancestorsOf(UnitRef unit) {
        List<Long> ids = UnitView.idsOnPath(unit.path()).stream().filter(id -> id != unit.unitId())
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(ids);
        Map<Long, UnitRef> found = units.byIds(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * Where a consolidated report goes: the issuer of the plan this one implements when the unit issued it, else the
     * plan's issuer.
     */
    private Optional<UnitRef> upward(PlanView plan, UnitRef unit) {
        long recipient = plan.issuingUnitId;
        if (recipient == unit.unitId()) {
            Optional<PlanView> parent = Optional.ofNullable(plan.parentPlanId).flatMap(plans::findForReading);
            if (parent.isEmpty()) {
                return ancestorsOf(unit).stream().findFirst();
            }
            recipient = parent.get().issuingUnitId;
        }
        return Optional.ofNullable(units.byIds(List.of(recipient)).get(recipient));
    }
}
