package vn.culture.lifelong.events.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.culture.lifelong.events.plans.domain.PlanTask;
import vn.culture.lifelong.events.plans.domain.PlanView;
import vn.culture.lifelong.events.plans.domain.UnitSelector;
import vn.culture.lifelong.events.plans.repository.PlanViewRepository;
import vn.culture.lifelong.kit.problem.Violation;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.repository.UnitViewRepository;

/**
 * Whether an activity may say it carries out a plan's task: the plan is in force (this service has its copy), the task
 * is one of its tasks, and the holding unit takes part in it (named as lead, implementing or coordinating unit, or as
 * the successor of a named unit that merged since, or within a subtree the task names, of the kind and level it asks
 * for).
 */
@ApplicationScoped
public class TaskParticipation {

    private final PlanViewRepository plans;
    private final UnitViewRepository units;

    public TaskParticipation(PlanViewRepository plans, UnitViewRepository units) {
        this.plans = plans;
        this.units = units;
    }

    /**
     * Adds to {@code broken} what is wrong with {@code holder} naming plan {@code planId} and task {@code taskKey}. A
     * plan no longer in force (closed, superseded) is named only by the activities that named it already.
     */
    public void check(Long planId, String taskKey, UnitView holder, boolean namedAlready, List<Violation> broken) {
        if (planId == null) {
            if (taskKey != null) {
                broken.add(Violation.of("planId", "activity.plan.missing"));
            }
            return;
        }
        PlanView plan = plans.findById(planId);
        if (plan == null) {
            broken.add(Violation.of("planId", "activity.plan.unknown", planId));
            return;
        }
        if (!PlanView.ISSUED.equals(plan.status) && !namedAlready) {
            broken.add(Violation.of("planId", "activity.plan.not-in-force", plan.number, plan.status));
            return;
        }
        if (taskKey == null) {
            return;
        }
        PlanTask task = plan.task(taskKey).orElse(null);
        if (task == null) {
            broken.add(Violation.of("taskKey", "activity.task.unknown", taskKey, plan.number));
        } else if (task.units().noneMatch(selector -> names(plan, selector, holder))) {
            broken.add(Violation.of("taskKey", "activity.task.not-taking-part", holder.code, taskKey));
        }
    }

    private boolean names(PlanView plan, UnitSelector selector, UnitView holder) {
        Long named = plan.unitIds.get(selector.unit());
        if (named == null) {
            return false;
        }
        if (!selector.subtree()) {
            // A unit the plan named that merged since: its successor carries out its tasks.
            return named == holder.unitId || units.findByUnitId(named).stream()
                    .flatMap(unit -> unit.successors.stream())
                    .anyMatch(successor -> successor.successorUnitId() == holder.unitId);
        }
        return units.findByUnitId(named).filter(holder::isInSubtreeOf).isPresent()
                && (selector.kind() == null || selector.kind().equals(holder.kind))
                && (selector.level() == null || selector.level().equals(holder.level));
    }
}
