package vn.culture.lifelong.reporting.progress.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.plans.domain.PlanTask;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.progress.domain.AddUp;
import vn.culture.lifelong.reporting.progress.domain.Evaluation;
import vn.culture.lifelong.reporting.reports.domain.TaskProgress;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/** A plan's progress in a year, in a unit's tree: each target judged, and each task as its units report it. */
public record PlanProgress(PlanView plan, UnitRef unit, int year, Basis basis, LocalDate asOf, List<Target> targets,
        List<Task> tasks) {

    /**
     * A target judged: its value for the year, the actual over its scope, the status; and, for a plan implementing
     * it, the children plans' targets on the same indicator, judged the same way, and whether they add up to it.
     */
    public record Target(PlanView plan, PlanTarget target, Optional<PlanTarget.Value> value, Evaluation evaluation,
            int unitsReported, long unitsInScope, List<Target> children, Optional<AddUp> addUp) {
    }

    /** A task and what its units reported of it. */
    public record Task(PlanTask task, List<Reported> reported) {
    }

    public enum Role {
        LEAD,
        IMPLEMENTING,
        COORDINATING
    }

    /** A unit's progress on a task, from its latest report of the year. */
    public record Reported(UnitRef unit, Role role, TaskProgress.Progress progress, String note, long reportId,
            String kind) {
    }
}
