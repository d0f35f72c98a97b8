package vn.culture.lifelong.plans.plans.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.culture.lifelong.kit.problem.RulesBrokenException;
import vn.culture.lifelong.kit.problem.Violation;
import vn.culture.lifelong.plans.indicators.domain.Indicator;
import vn.culture.lifelong.plans.indicators.repository.IndicatorRepository;
import vn.culture.lifelong.plans.plans.domain.Funding;
import vn.culture.lifelong.plans.plans.domain.Plan;
import vn.culture.lifelong.plans.plans.domain.PlanDocument;
import vn.culture.lifelong.plans.plans.domain.PlanNumbers;
import vn.culture.lifelong.plans.plans.domain.ReportingRegime;
import vn.culture.lifelong.plans.plans.domain.Target;
import vn.culture.lifelong.plans.plans.domain.TargetRules;
import vn.culture.lifelong.plans.plans.domain.Task;
import vn.culture.lifelong.plans.plans.domain.UnitSelector;
import vn.culture.lifelong.plans.plans.repository.PlanRepository;
import vn.culture.lifelong.plans.programmes.repository.ProgrammeRepository;
import vn.culture.lifelong.plans.units.domain.Unit;
import vn.culture.lifelong.plans.units.repository.UnitRepository;

/**
 * Checks a whole plan document against the domain — units and indicators exist, keys are unique and referred to
 * correctly, each target fits its kind — and reports every broken rule at once, so an integrator pushing a plan
 * can fix them all in one go.
 */
@ApplicationScoped
public class PlanDocumentChecker {

    /** The summary of a 422 listing what a plan document breaks. */
    static final String DOCUMENT_REJECTED = "problem.document.detail";

    /** A document that passed: its text in NFC, and what its codes and ids name. */
    public record Checked(PlanDocument document, Unit issuer, Plan parent, Map<String, Long> unitIds) {
    }

    private final UnitRepository units;
    private final IndicatorRepository indicators;
    private final ProgrammeRepository programmes;
    private final PlanRepository plans;
    private final ObjectMapper json;

    public PlanDocumentChecker(UnitRepository units, IndicatorRepository indicators, ProgrammeRepository programmes,
            PlanRepository plans, ObjectMapper json) {
        this.units = units;
        this.indicators = indicators;
        this.programmes = programmes;
        this.plans = plans;
        this.json = json;
    }

    /** Checks {@code given} for the plan {@code self} (empty for a new plan); throws with every broken rule. */
    public Checked check(PlanDocument given, Optional<Plan> self) {
        PlanDocument document = nfc(given);
        Run run = new Run(document.referenceDay());

        if (document.number() != null && !PlanNumbers.isOfficial(document.number())) {
            run.broken.add(Violation.of("number", "plan.number.form", document.number()));
        }
        Unit issuer = run.unitByCode("issuingUnit", document.issuingUnit());
        if (document.programme() != null && programmes.findByIdOptional(document.programme()).isEmpty()) {
            run.broken.add(Violation.of("programme", "programme.not.found", document.programme()));
        }
        Plan parent = document.parentPlanId() == null ? null : parentOf(document.parentPlanId(), self, run);

        Set<String> objectiveKeys = uniqueKeys(document.objectives(), PlanDocument.Objective::key, "objectives", run);
        Set<String> targetKeys = uniqueKeys(document.targets(), Target::key, "targets", run);
        uniqueKeys(document.tasks(), Task::key, "tasks", run);

        for (int i = 0; i < document.targets().size(); i++) {
            checkTarget(document.targets().get(i), "targets[" + i + "]", document, objectiveKeys, run);
        }
        for (int i = 0; i < document.tasks().size(); i++) {
            checkTask(document.tasks().get(i), "tasks[" + i + "]", document.horizon(), targetKeys, run);
        }
        for (int i = 0; i < document.responsibilities().size(); i++) {
            run.unit("responsibilities[" + i + "].unit", document.responsibilities().get(i).unit());
        }
        checkFunding(document.funding(), document.horizon(), run);
        List<ReportingRegime.Report> reports = document.reporting().reports();
        for (int i = 0; i < reports.size(); i++) {
            checkReport(reports.get(i), "reporting.reports[" + i + "]", run);
        }
        if (!run.broken.isEmpty()) {
            throw new RulesBrokenException(DOCUMENT_REJECTED, run.broken);
        }
        return new Checked(document, issuer, parent, run.unitIds);
    }

    private Plan parentOf(long parentId, Optional<Plan> self, Run run) {
        Optional<Plan> parent = plans.findByIdOptional(parentId);
        if (parent.isEmpty()) {
            run.broken.add(Violation.of("parentPlanId", "plan.not.found", String.valueOf(parentId)));
            return null;
        }
        // A plan cannot implement itself, directly or through the plans below it.
        for (Plan above = parent.get(); above != null; above = above.parentPlan) {
            if (self.isPresent() && above.id.equals(self.get().id)) {
                run.broken.add(Violation.of("parentPlanId", "plan.parent.cycle", parentId));
                return null;
            }
        }
        return parent.get();
    }

    private void checkTarget(Target target, String at, PlanDocument document, Set<String> objectiveKeys, Run run) {
        Optional<Indicator> indicator = indicators.findByCode(target.indicator());
        if (indicator.isEmpty()) {
            run.broken.add(Violation.of(at + ".indicator", "indicator.not.found", target.indicator()));
        } else {
            run.broken.addAll(TargetRules.check(target, indicator.get().valueType, document.horizon(), at));
        }
        if (target.objective() != null && !objectiveKeys.contains(target.objective())) {
            run.broken.add(Violation.of(at + ".objective", "plan.key.unknown", target.objective()));
        }
        run.unit(at + ".scope", target.scope());
    }

    private void checkTask(Task task, String at, PlanDocument.Horizon horizon, Set<String> targetKeys, Run run) {
        Task.Schedule schedule = task.schedule();
        boolean years = schedule.kind() == Task.Schedule.Kind.YEARS;
        if (years != (schedule.fromYear() != null && schedule.toYear() != null)) {
            run.broken.add(Violation.of(at + ".schedule.fromYear", "task.schedule.years", schedule.kind()));
        } else if (years && (schedule.fromYear() > schedule.toYear() || !horizon.contains(schedule.fromYear())
                || !horizon.contains(schedule.toYear()))) {
            run.broken.add(Violation.of(at + ".schedule.toYear", "target.year.outside-horizon",
                    schedule.fromYear() + "–" + schedule.toYear(), horizon.fromYear(), horizon.toYear()));
        }
        boolean condition = schedule.kind() == Task.Schedule.Kind.CONDITION;
        if (condition == (schedule.condition() == null || schedule.condition().isBlank())) {
            run.broken.add(Violation.of(at + ".schedule.condition", "task.schedule.condition", schedule.kind()));
        }
        if (!task.lead().isSingleUnit()) {
            run.broken.add(Violation.of(at + ".lead", "task.lead.single"));
        }
        run.unit(at + ".lead", task.lead());
        run.units(at + ".implementing", task.implementing());
        run.units(at + ".coordinating", task.coordinating());
        for (int i = 0; i < task.targets().size(); i++) {
            if (!targetKeys.contains(task.targets().get(i))) {
                run.broken.add(Violation.of(at + ".targets[" + i + "]", "plan.key.unknown", task.targets().get(i)));
            }
        }
    }

    private static void checkFunding(Funding funding, PlanDocument.Horizon horizon, Run run) {
        for (int i = 0; i < funding.sources().size(); i++) {
            Funding.Source source = funding.sources().get(i);
            if (source.kind() != Funding.SourceKind.STATE_BUDGET && !source.budgetLevels().isEmpty()) {
                run.broken.add(Violation.of("funding.sources[" + i + "].budgetLevels", "funding.levels.state-budget-only"));
            }
        }
        for (int i = 0; i < funding.estimates().size(); i++) {
            int year = funding.estimates().get(i).year();
            if (!horizon.contains(year)) {
                run.broken.add(Violation.of("funding.estimates[" + i + "].year", "target.year.outside-horizon", String.valueOf(year),
                        horizon.fromYear(), horizon.toYear()));
            }
        }
    }

    private static void checkReport(ReportingRegime.Report report, String at, Run run) {
        boolean adHoc = report.kind() == ReportingRegime.ReportKind.AD_HOC;
        if (adHoc && (report.due() != null || !report.dueByLevel().isEmpty() || report.dataWindow() != null)) {
            run.broken.add(Violation.of(at + ".due", "report.ad-hoc.no-yearly-deadline"));
        }
        if (!adHoc && report.dueOn() != null) {
            run.broken.add(Violation.of(at + ".dueOn", "report.periodic.no-date"));
        }
        Set<Object> levels = new HashSet<>();
        for (int i = 0; i < report.dueByLevel().size(); i++) {
            if (!levels.add(report.dueByLevel().get(i).level())) {
                run.broken.add(Violation.of(at + ".dueByLevel[" + i + "].level", "report.level.twice",
                        report.dueByLevel().get(i).level()));
            }
        }
        run.unit(at + ".receivingUnit", report.receivingUnit());
        if (report.via() != null) {
            run.unit(at + ".via", report.via());
        }
        run.units(at + ".reportingUnits", report.reportingUnits());
        run.units(at + ".forwardedTo", report.forwardedTo());
    }

    private static <T> Set<String> uniqueKeys(List<T> items, Function<T, String> key, String at, Run run) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!keys.add(key.apply(items.get(i)))) {
                run.broken.add(Violation.of(at + "[" + i + "].key", "plan.key.twice", key.apply(items.get(i))));
            }
        }
        return keys;
    }

    /** Every string of the document in NFC; JSON escapes are ASCII, so normalising the text normalises each string. */
    private PlanDocument nfc(PlanDocument document) {
        try {
            String text = json.writeValueAsString(document);
            return json.readValue(Normalizer.normalize(text, Normalizer.Form.NFC), PlanDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan document did not survive its own JSON", e);
        }
    }

    /** One check: the broken rules so far, and the units found, each code looked up once. */
    private final class Run {
        final List<Violation> broken = new ArrayList<>();
        final Map<String, Long> unitIds = new HashMap<>();
        final Map<String, Optional<Unit>> found = new HashMap<>();
        final LocalDate day;

        Run(LocalDate day) {
            this.day = day;
        }

        Unit unitByCode(String at, String code) {
            Optional<Unit> unit = found.computeIfAbsent(code, wanted -> units.findByCode(wanted, day));
            if (unit.isEmpty()) {
                broken.add(Violation.of(at, "plan.unit.unknown", code, day));
                return null;
            }
            unitIds.put(code, unit.get().id);
            return unit.get();
        }

        void unit(String at, UnitSelector selector) {
            unitByCode(at + ".unit", selector.unit());
            if (!selector.subtree() && (selector.kind() != null || selector.level() != null)) {
                broken.add(Violation.of(at + ".subtree", "plan.unit.filter-needs-subtree"));
            }
        }

        void units(String at, List<UnitSelector> selectors) {
            for (int i = 0; i < selectors.size(); i++) {
                unit(at + "[" + i + "]", selectors.get(i));
            }
        }
    }
}
