package vn.culture.lifelong.reporting.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.culture.lifelong.kit.problem.ConflictException;
import vn.culture.lifelong.reporting.activities.service.CalendarCounts;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.plans.domain.IndicatorView;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.domain.UnitSelector;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.reporting.reports.domain.ReportValue;
import vn.culture.lifelong.reporting.reports.domain.TaskProgress;
import vn.culture.lifelong.reporting.reports.domain.ValueType;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/**
 * Lays out a new draft: a line per target of the plan and per unit the reporting unit answers for — each unit of the
 * target's scope inside the reporting unit's tree, or, for a single unit above it (a province-wide total), the
 * reporting unit's own contribution — and a task line per task the unit leads, implements or coordinates. Units are
 * read on the period's last day, as the obligation's were. Lines of indicators the calendar feeds start with its count.
 */
@ApplicationScoped
public class ReportLayout {

    private final UnitDirectory units;
    private final IndicatorViewRepository indicators;
    private final CalendarCounts calendar;

    public ReportLayout(UnitDirectory units, IndicatorViewRepository indicators, CalendarCounts calendar) {
        this.units = units;
        this.indicators = indicators;
        this.calendar = calendar;
    }

    public List<ReportValue> lines(PlanView plan, Obligation obligation, UnitRef reporter) {
        LocalDate day = dayOf(obligation);
        List<ReportValue> lines = new ArrayList<>();
        // A plan sets several targets on one scope (a province's every indicator): each scope is resolved once.
        Map<UnitSelector, List<UnitRef>> answered = new HashMap<>();
        for (PlanTarget target : plan.targets) {
            IndicatorView indicator = Optional.ofNullable(indicators.findById(target.indicator()))
                    .orElseThrow(() -> new ConflictException("obligationId", "report.indicator.unknown", target.indicator()));
            for (UnitRef unit : answered.computeIfAbsent(target.scope(), scope -> answeredFor(plan, scope, reporter, day))) {
                ReportValue line = new ReportValue();
                line.targetKey = target.key();
                line.unitId = unit.unitId();
                line.planId = plan.planId;
                line.indicator = target.indicator();
                line.kind = obligation.kind;
                line.year = obligation.year;
                line.valueType = ValueType.valueOf(indicator.valueType);
                calendar.count(line, unit, obligation);
                lines.add(line);
            }
        }
        return lines;
    }

    private List<UnitRef> answeredFor(PlanView plan, UnitSelector scope, UnitRef reporter, LocalDate day) {
        long named = plan.unitOf(scope);
        List<UnitRef> inReportersTree = units.resolve(scope, named, day, Optional.of(reporter));
        if (!scope.subtree() && inReportersTree.isEmpty()
                && units.existingOn(named, day).stream().anyMatch(reporter::isInSubtreeOf)) {
            return List.of(reporter);
        }
        return inReportersTree;
    }

    /** Blank progress for each of the plan's tasks the reporting unit leads, implements or coordinates. */
    public List<TaskProgress> tasks(PlanView plan, Obligation obligation, UnitRef reporter) {
        LocalDate day = dayOf(obligation);
        Map<UnitSelector, Boolean> names = new HashMap<>();
        return plan.tasks.stream()
                .filter(task -> task.units().anyMatch(selector -> namesReporter(selector, plan, reporter, day, names)))
                .map(task -> {
                    TaskProgress progress = new TaskProgress();
                    progress.taskKey = task.key();
                    return progress;
                }).toList();
    }

    private boolean namesReporter(UnitSelector selector, PlanView plan, UnitRef reporter, LocalDate day,
            Map<UnitSelector, Boolean> names) {
        return names.computeIfAbsent(selector, named -> units.selects(named, plan.unitOf(named), day, reporter));
    }

    /** The day an obligation's units are read on: its period's last day, or an ad-hoc report's due date. */
    public static LocalDate dayOf(Obligation obligation) {
        return obligation.dataTo != null ? obligation.dataTo : obligation.dueDate;
    }
}
