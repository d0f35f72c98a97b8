package vn.culture.lifelong.reporting.progress.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.culture.lifelong.kit.persistence.VietnamTime;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.access.ReportingScope;
import vn.culture.lifelong.reporting.access.ReportingScopes;
import vn.culture.lifelong.reporting.consolidation.domain.AcrossUnits;
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.consolidation.domain.Fact;
import vn.culture.lifelong.reporting.consolidation.domain.Figures;
import vn.culture.lifelong.reporting.consolidation.service.ExpectedUnits;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.plans.domain.IndicatorView;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.plans.domain.PlanTask;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.domain.UnitSelector;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;
import vn.culture.lifelong.reporting.progress.domain.AddUp;
import vn.culture.lifelong.reporting.progress.domain.Evaluation;
import vn.culture.lifelong.reporting.progress.domain.Readings;
import vn.culture.lifelong.reporting.progress.domain.TargetJudge;
import vn.culture.lifelong.reporting.progress.domain.TargetKind;
import vn.culture.lifelong.reporting.progress.repository.ReportedTaskRepository;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/**
 * A plan's progress in a year within a unit's tree (the plan's issuing unit by default): every target that asks
 * something of the year judged against what its scope's units reported ({@link TargetJudge}), with the plans
 * implementing it beside, level after level; and every task with the progress its units last reported.
 */
@ApplicationScoped
public class PlanProgressService {

    /** Levels of plans implementing plans shown under a target: the nation, the province, the commune and one more. */
    private static final int MAX_LINEAGE_DEPTH = 4;

    private final PlanViewRepository plans;
    private final IndicatorViewRepository indicators;
    private final ReportingScopes scopes;
    private final UnitDirectory units;
    private final ScopeFigures figures;
    private final ExpectedUnits expectedUnits;
    private final ReportedTaskRepository reportedTasks;
    private final Clock clock;

    public PlanProgressService(PlanViewRepository plans, IndicatorViewRepository indicators, ReportingScopes scopes,
            UnitDirectory units, ScopeFigures figures, ExpectedUnits expectedUnits, ReportedTaskRepository reportedTasks,
            Clock clock) {
        this.plans = plans;
        this.indicators = indicators;
        this.scopes = scopes;
        this.units = units;
        this.figures = figures;
        this.expectedUnits = expectedUnits;
        this.reportedTasks = reportedTasks;
        this.clock = clock;
    }

    /**
     * What one evaluation needs besides the target: where, when, and on which reports; and, looked up once per
     * request, the plans implementing each plan whose issuer meets the unit's tree.
     */
    private record Question(UnitRef unit, int year, LocalDate today, Basis basis, Map<Long, List<PlanView>> implementing) {
    }

    /** Counted figures of one period, for a scope or one of its units. */
    @FunctionalInterface
    private interface Counted {
        Figures of(ObligationKind kind, int year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanProgress of(long planId, Optional<Integer> year, Optional<String> unitCode, Basis basis, Caller caller) {
        PlanView plan = plans.findForReading(planId)
                .orElseThrow(() -> new NotFoundException("plan.not.found", Long.toString(planId)));
        UnitRef unit = unitCode.isPresent() ? scopes.treeToRead(unitCode, caller) : defaultUnit(plan, scopes.of(caller));
        LocalDate today = VietnamTime.today(clock);
        Question question = new Question(unit, year.orElse(today.getYear()), today, basis, new HashMap<>());
        List<PlanProgress.Target> targets = plan.targets.stream()
                .filter(target -> TargetJudge.appliesTo(target, question.year()))
                .map(target -> progressOf(plan, target, question, 0))
                .toList();
        return new PlanProgress(plan, unit, question.year(), basis, today, targets, tasks(plan, question));
    }

    /** The plan's issuing unit, or the caller's own unit when it is under it and the caller may not see the whole. */
    private UnitRef defaultUnit(PlanView plan, ReportingScope scope) {
        UnitRef issuer = units.byIds(List.of(plan.issuingUnitId)).get(plan.issuingUnitId);
        if (issuer == null) {
            throw new NotFoundException("plan.not.found", Long.toString(plan.planId));
        }
        if (scope.covers(issuer)) {
            return issuer;
        }
        return scope.unit().filter(own -> own.isInSubtreeOf(issuer)).orElseThrow(
                () -> new ForbiddenException("May not read the progress of plan " + plan.planId));
    }

    private PlanProgress.Target progressOf(PlanView plan, PlanTarget target, Question question, int depth) {
        IndicatorView indicator = indicators.findById(target.indicator());
        TargetJudge.Indicator behaviour = new TargetJudge.Indicator(
                indicator != null && "LOWER_IS_BETTER".equals(indicator.direction),
                indicator == null || "SUM".equals(indicator.overTime));
        ScopeFigures.Scope scope = new ScopeFigures.Scope(target.scope(), plan.unitOf(target.scope()), question.unit());
        long unitsInScope = expectedUnits.inScope(plan, target, question.unit(), ObligationKind.ANNUAL, question.year());
        Evaluation evaluation;
        int reported;
        if (target.eachUnit()) {
            List<UnitRef> inScope = figures.unitsOf(scope, Fact.lastDayOf(ObligationKind.ANNUAL, question.year()));
            Map<String, Map<Long, Figures>> byPeriod = new HashMap<>();
            List<Evaluation> perUnit = new ArrayList<>();
            reported = 0;
            for (UnitRef unit : inScope) {
                Counted ofUnit = (kind, year) -> byPeriod.computeIfAbsent(kind + "@" + year,
                                period -> figures.byUnit(scope, target.indicator(), kind, year, question.basis()))
                        .getOrDefault(unit.unitId(), Figures.NONE);
                Readings readings = readings(target, question, 1, ofUnit);
                perUnit.add(TargetJudge.judge(target, behaviour, readings));
                reported += hasAny(readings) ? 1 : 0;
            }
            evaluation = TargetJudge.ofEachUnit(perUnit, inScope.size());
        } else {
            Map<String, Figures> byPeriod = new HashMap<>();
            Counted ofScope = (kind, year) -> byPeriod.computeIfAbsent(kind + "@" + year,
                    period -> figures.of(scope, target.indicator(), kind, year, question.basis()));
            Readings readings = readings(target, question, unitsInScope, ofScope);
            evaluation = TargetJudge.judge(target, behaviour, readings);
            // The units behind the figures the status rests on: the year's, else the half-year's.
            reported = readings.annual().units() > 0 ? readings.annual().units() : readings.halfYear().units();
        }
        List<PlanProgress.Target> children = depth < MAX_LINEAGE_DEPTH ? childrenOf(plan, target, question, depth)
                : List.of();
        Optional<PlanTarget.Value> value = target.valueIn(question.year());
        Optional<AddUp> addUp = Optional.empty();
        if (value.isPresent() && indicator != null) {
            AcrossUnits across = AcrossUnits.valueOf(indicator.acrossUnits);
            List<PlanTarget.Value> childValues = children.stream().filter(child -> AddUp.isAdditive(child.target(), across))
                    .flatMap(child -> child.value().stream()).toList();
            if (AddUp.isAdditive(target, across) && !childValues.isEmpty()) {
                addUp = Optional.of(AddUp.of(value.get(), childValues));
            }
        }
        return new PlanProgress.Target(plan, target, value, evaluation, reported, unitsInScope, children, addUp);
    }

    private static Readings readings(PlanTarget target, Question question, long unitsInScope, Counted counted) {
        int year = question.year();
        Figures annual = counted.of(ObligationKind.ANNUAL, year);
        Figures halfYear = counted.of(ObligationKind.HALF_YEAR, year);
        PlanTarget.Baseline baseline = target.baseline();
        Figures baselineYear = TargetKind.valueOf(target.kind()) == TargetKind.GROWTH && baseline != null
                && baseline.value() == null ? counted.of(ObligationKind.ANNUAL, baseline.year()) : Figures.NONE;
        Map<Integer, Figures> cycle = new HashMap<>();
        if (TargetKind.valueOf(target.kind()) == TargetKind.RECURRING && target.recurrence() != null) {
            for (int past = TargetJudge.Cycle.of(target.recurrence(), year).firstYear(); past <= year; past++) {
                Figures held = counted.of(ObligationKind.ANNUAL, past);
                cycle.put(past, held.units() == 0 && past == year ? halfYear : held);
            }
        }
        return new Readings(year, question.today(), annual, halfYear, unitsInScope,
                baselineYear.units() == 0 ? null : baselineYear.numberSum(), cycle);
    }

    private static boolean hasAny(Readings readings) {
        return readings.annual().units() > 0 || readings.halfYear().units() > 0
                || readings.cycle().values().stream().anyMatch(figures -> figures.units() > 0);
    }

    /** The targets on the same indicator of the plans implementing {@code plan} whose issuer meets the unit's tree. */
    private List<PlanProgress.Target> childrenOf(PlanView plan, PlanTarget target, Question question, int depth) {
        List<PlanProgress.Target> children = new ArrayList<>();
        for (PlanView child : question.implementing().computeIfAbsent(plan.planId, id -> implementing(id, question.unit()))) {
            child.targets.stream()
                    .filter(childTarget -> childTarget.indicator().equals(target.indicator())
                            && TargetJudge.appliesTo(childTarget, question.year()))
                    .forEach(childTarget -> children.add(progressOf(child, childTarget, question, depth + 1)));
        }
        return children;
    }

    /** The plans implementing {@code planId} whose issuing unit meets {@code unit}'s tree (is in it, or above it). */
    private List<PlanView> implementing(long planId, UnitRef unit) {
        List<PlanView> children = plans.childrenOf(planId);
        Map<Long, UnitRef> issuers = units.byIds(children.stream().map(child -> child.issuingUnitId).distinct().toList());
        return children.stream().filter(child -> Optional.ofNullable(issuers.get(child.issuingUnitId))
                .filter(issuer -> issuer.isInSubtreeOf(unit) || unit.isInSubtreeOf(issuer)).isPresent()).toList();
    }

    private List<PlanProgress.Task> tasks(PlanView plan, Question question) {
        Map<String, List<ReportedTaskRepository.ReportedTask>> byTask = new HashMap<>();
        reportedTasks.latest(plan.planId, question.year(), question.unit().path(),
                        question.basis().counted().stream().map(Enum::name).toList())
                .forEach(reported -> byTask.computeIfAbsent(reported.taskKey(), key -> new ArrayList<>()).add(reported));
        Map<Long, UnitRef> reporters = units.byIds(byTask.values().stream().flatMap(List::stream)
                .map(ReportedTaskRepository.ReportedTask::unitId).distinct().toList());
        LocalDate day = Fact.lastDayOf(ObligationKind.ANNUAL, question.year());
        List<PlanProgress.Task> tasks = new ArrayList<>();
        for (PlanTask task : plan.tasks) {
            List<PlanProgress.Reported> reported = new ArrayList<>();
            for (ReportedTaskRepository.ReportedTask line : byTask.getOrDefault(task.key(), List.of())) {
                UnitRef unit = reporters.get(line.unitId());
                if (unit != null) {
                    reported.add(new PlanProgress.Reported(unit, roleOf(plan, task, unit, day), line.progress(),
                            line.note(), line.reportId(), line.kind()));
                }
            }
            tasks.add(new PlanProgress.Task(task, reported));
        }
        return tasks;
    }

    private PlanProgress.Role roleOf(PlanView plan, PlanTask task, UnitRef unit, LocalDate day) {
        if (names(plan, task.lead(), unit, day)) {
            return PlanProgress.Role.LEAD;
        }
        return task.implementing().stream().anyMatch(selector -> names(plan, selector, unit, day))
                ? PlanProgress.Role.IMPLEMENTING : PlanProgress.Role.COORDINATING;
    }

    private boolean names(PlanView plan, UnitSelector selector, UnitRef unit, LocalDate day) {
        return units.selects(selector, plan.unitOf(selector), day, unit);
    }
}
